package dev.lectern.highlight;

/**
 * A window onto a block's characters that regexes can match without copying, and that charges
 * every character read to a {@link Budget}. Nested grammars match on sub-windows.
 */
final class BudgetedText implements CharSequence {
  private final String source;
  private final int offset;
  private final int length;
  private final Budget budget;

  BudgetedText(String source, int offset, int length, Budget budget) {
    this.source = source;
    this.offset = offset;
    this.length = length;
    this.budget = budget;
  }

  static BudgetedText of(String source, Budget budget) {
    return new BudgetedText(source, 0, source.length(), budget);
  }

  /** The window {@code [from, to)} of this one, sharing the characters and the budget. */
  BudgetedText window(int from, int to) {
    return new BudgetedText(source, offset + from, to - from, budget);
  }

  /** The characters {@code [from, to)} of this window as a string. */
  String text(int from, int to) {
    return source.substring(offset + from, offset + to);
  }

  @Override
  public char charAt(int index) {
    budget.tick();
    return source.charAt(offset + index);
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
    return source.substring(offset, offset + length);
  }
}
