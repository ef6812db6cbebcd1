package dev.lectern.search;

import java.util.Arrays;

/**
 * The term of each lower-cased ASCII word seen by this thread, found from the word's characters
 * without making a string of them: most words of a site are a few thousand words said again and
 * again, and a string, two hash computations and a shared map per word were most of the index's
 * cost. Bounded: a full table starts over.
 */
final class TermCache {
  private static final ThreadLocal<TermCache> LOCAL = ThreadLocal.withInitial(TermCache::new);
  private static final int SLOTS = 1 << 15;
  private static final int MAX_USED = SLOTS / 2;
  private static final String NONE = new String("");

  private final char[][] words = new char[SLOTS][];
  private final String[] terms = new String[SLOTS];
  private int used;

  static TermCache local() {
    return LOCAL.get();
  }

  /** The term of the word in {@code buf[0, length)}, or null if it is not indexed. */
  String term(char[] buf, int length) {
    int hash = 0;
    for (int i = 0; i < length; i++) {
      hash = 31 * hash + buf[i];
    }
    int slot = (hash ^ hash >>> 15) & SLOTS - 1;
    while (words[slot] != null) {
      char[] word = words[slot];
      if (word.length == length && Arrays.equals(word, 0, length, buf, 0, length)) {
        String term = terms[slot];
        return term == NONE ? null : term;
      }
      slot = slot + 1 & SLOTS - 1;
    }
    String word = new String(buf, 0, length);
    String term = Words.indexable(word) ? Stemmer.stem(word) : null;
    if (used == MAX_USED) {
      Arrays.fill(words, null);
      Arrays.fill(terms, null);
      used = 0;
      return term;
    }
    words[slot] = Arrays.copyOf(buf, length);
    terms[slot] = term == null ? NONE : term;
    used++;
    return term;
  }
}
