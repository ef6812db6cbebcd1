package dev.lectern.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * How text becomes search terms, on both sides: words are runs of letters and digits of any
 * script, lower-cased, with accents dropped ({@code Café} → {@code cafe}); one-character words and
 * common English stop words are left out; the rest are stemmed. {@code search-engine.js} splits
 * and normalises queries the same way and reads the stop words from the index's manifest.
 */
public final class Words {
  /** Words too common to search for. */
  public static final Set<String> STOP_WORDS = Set.of(
      "a", "an", "and", "are", "as", "at", "be", "but", "by", "can", "do", "does", "for", "from",
      "has", "have", "if", "in", "into", "is", "it", "its", "of", "on", "or", "so", "than",
      "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "to",
      "was", "we", "were", "what", "when", "which", "while", "who", "will", "with", "you",
      "your");

  private Words() {}

  /** A letter or a number of any kind: what {@code \p{L}} and {@code \p{N}} match. */
  static boolean isWordChar(int cp) {
    if (cp < 128) {
      return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
    }
    if (Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /**
   * Calls {@code out} with each normalised word of {@code text}, in order, stop words included.
   */
  public static void each(CharSequence text, Consumer<String> out) {
    scan(text, (buf, length, chars, start, end) -> out.accept(buf != null
        ? new String(buf, 0, length) : normalise(new String(chars, start, end - start))));
  }

  /** Calls {@code out} with the term of each indexable word of {@code text}, in order. */
  static void eachTerm(CharSequence text, Consumer<String> out) {
    TermCache cache = TermCache.local();
    scan(text, (buf, length, chars, start, end) -> {
      String term;
      if (buf != null) {
        term = cache.term(buf, length);
      } else {
        String word = normalise(new String(chars, start, end - start));
        term = indexable(word) ? Stemmer.stem(word) : null;
      }
      if (term != null) {
        out.accept(term);
      }
    });
  }

  /** Receives a word: lower-cased in {@code buf} if it is ASCII, else only its place. */
  private interface WordSink {
    void word(char[] buf, int length, char[] chars, int start, int end);
  }

  /**
   * Finds the words of {@code text}. Split by hand, and ASCII words lower-cased on the way into
   * one buffer: a regex split, or a string per word, over every section of a large site cost
   * more than the rest of the index.
   */
  private static void scan(CharSequence text, WordSink sink) {
    char[] chars = text.toString().toCharArray();
    int n = chars.length;
    char[] buf = new char[64];
    int length = 0;
    boolean ascii = true;
    int start = -1;
    for (int i = 0; i <= n; ) {
      char c = i < n ? chars[i] : ' ';
      int cp = Character.isHighSurrogate(c) && i + 1 < n ? Character.codePointAt(chars, i, n) : c;
      boolean wordChar = i < n && isWordChar(cp);
      if (wordChar) {
        if (start < 0) {
          start = i;
          length = 0;
          ascii = true;
        }
        if (cp < 128) {
          if (length == buf.length) {
            buf = java.util.Arrays.copyOf(buf, length * 2);
          }
          buf[length++] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        } else {
          ascii = false;
        }
      } else if (start >= 0) {
        sink.word(ascii ? buf : null, length, chars, start, i);
        start = -1;
      }
      i += i < n ? Character.charCount(cp) : 1;
    }
  }

  /** Lower case, accents dropped, compatibility forms folded ({@code ﬁ} → {@code fi}). */
  static String normalise(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(decomposed.length());
    decomposed.codePoints().forEach(cp -> {
      int type = Character.getType(cp);
      if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
          && type != Character.ENCLOSING_MARK) {
        out.appendCodePoint(cp);
      }
    });
    return out.toString();
  }

  /** True for a word worth indexing: two characters or more and not a stop word. */
  public static boolean indexable(String word) {
    return (word.length() > 2 || word.codePointCount(0, word.length()) > 1)
        && !STOP_WORDS.contains(word);
  }

  /** The terms of {@code text}: its indexable words, stemmed, in order. */
  public static List<String> terms(CharSequence text) {
    List<String> terms = new ArrayList<>();
    each(text, w -> {
      if (indexable(w)) {
        terms.add(Stemmer.stem(w));
      }
    });
    return terms;
  }
}
