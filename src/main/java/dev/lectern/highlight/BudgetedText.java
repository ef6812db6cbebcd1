package dev.lectern.highlight;

import dev.lectern.highlight.grammar.MatchHint;

/**
 * A window onto a block's characters that regexes can match without copying, and that charges
 * every character read to a {@link Budget}. Nested grammars match on sub-windows. The characters
 * are kept as an array, not a {@code String}: the regex engine reads every character through
 * {@link #charAt}, and a {@code String} adds its own calls (coder and bounds checks) to each read,
 * which the build's C1 compiler does not inline away.
 */
final class BudgetedText implements CharSequence {
  private final char[] chars;
  private final int offset;
  private final int length;
  private final Budget budget;

  private BudgetedText(char[] chars, int offset, int length, Budget budget) {
    this.chars = chars;
    this.offset = offset;
    this.length = length;
    this.budget = budget;
  }

  static BudgetedText of(String source, Budget budget) {
    return new BudgetedText(source.toCharArray(), 0, source.length(), budget);
  }

  /** The window {@code [from, to)} of this one, sharing the characters and the budget. */
  BudgetedText window(int from, int to) {
    return new BudgetedText(chars, offset + from, to - from, budget);
  }

  /** The characters {@code [from, to)} of this window as a string. */
  String text(int from, int to) {
    return new String(chars, offset + from, to - from);
  }

  /**
   * The first index in {@code [from, to)} whose character the hint's class holds, or -1. Reads
   * the array directly: a plain scan, which cannot run away, so the budget is not charged.
   */
  int indexOf(MatchHint hint, int from, int to) {
    for (int i = from; i < to; i++) {
      if (hint.test(chars[offset + i])) {
        return i;
      }
    }
    return -1;
  }

  /** The character at {@code index}, for plain scans that cannot run away: not charged. */
  char at(int index) {
    return chars[offset + index];
  }

  @Override
  public char charAt(int index) {
    budget.tick();
    if (index < 0 || index >= length) {
      throw new StringIndexOutOfBoundsException(index);
    }
    return chars[offset + index];
  }

  @Override
  public int length() {
    return length;
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return window(start, end);
  }

  @Override
  public String toString() {
    return new String(chars, offset, length);
  }
}
