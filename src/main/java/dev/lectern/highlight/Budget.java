package dev.lectern.highlight;

/**
 * A time limit for highlighting one block. Regex matching cannot be interrupted, so the text it
 * reads ({@link BudgetedText}) asks the budget every few thousand characters and the budget
 * throws once the deadline has passed.
 */
final class Budget {
  private static final int CHECK_EVERY = 4096;
  private final long deadline;
  private int countdown = CHECK_EVERY;

  Budget(long nanos) {
    this.deadline = System.nanoTime() + nanos;
  }

  void tick() {
    if (--countdown == 0) {
      countdown = CHECK_EVERY;
      if (System.nanoTime() - deadline > 0) {
        throw new Exceeded();
      }
    }
  }

  /** The block took longer than its budget. */
  static final class Exceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Exceeded() {
      super("highlighting budget exceeded", null, false, false);
    }
  }
}
