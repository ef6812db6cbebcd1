package dev.lectern.highlight;

import java.util.Set;

/**
 * {@code \b(?:word|…)\b}: a match is a whole run of word characters that is in the list. The
 * regex tried every alternative at every boundary and asked each boundary about Unicode
 * categories; this reads each run once. Word characters are {@code [A-Za-z0-9_]} and, as for
 * Java's {@code \b}, other letters, digits and combining marks, so that {@code éand} is one
 * identifier and not a keyword after an accent.
 */
final class WordFinder extends Finder {
  private final BudgetedText text;
  private final Set<String> words;
  private final boolean[] firstChars = new boolean[128];
  private final int shortest;
  private final int longest;
  private int start;
  private int end;

  WordFinder(BudgetedText text, Set<String> words) {
    this.text = text;
    this.words = words;
    words.forEach(w -> firstChars[w.charAt(0)] = true);
    this.shortest = words.stream().mapToInt(String::length).min().orElse(0);
    this.longest = words.stream().mapToInt(String::length).max().orElse(0);
  }

  @Override
  boolean find(int from, int end) {
    int regionStart = end < 0 ? 0 : from;
    int regionEnd = end < 0 ? text.length() : end;
    int i = from;
    while (i < regionEnd) {
      char first = text.at(i);
      if (!isWord(first)) {
        i++;
        continue;
      }
      boolean boundaryBefore = i == regionStart || !isWord(text.at(i - 1));
      int j = i + 1;
      while (j < regionEnd && isWord(text.at(j))) {
        j++;
      }
      int length = j - i;
      if (boundaryBefore && first < 128 && firstChars[first] && length >= shortest
          && length <= longest && words.contains(text.text(i, j))) {
        this.start = i;
        this.end = j;
        return true;
      }
      i = j;
    }
    return false;
  }

  private static boolean isWord(char c) {
    if (c < 128) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }
    return Character.isLetterOrDigit(c) || Character.isSurrogate(c)
        || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  @Override
  int start() {
    return start;
  }

  @Override
  int end() {
    return end;
  }
}
