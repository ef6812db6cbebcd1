package dev.lectern.search;

/**
 * A word's weight in one page section, on a logarithmic scale of {@link #LEVELS} steps from
 * {@link #MIN} to {@link #MAX}, so that it fits one character of the index (steps of about 12 %).
 * The browser turns a level back into a weight with the same three numbers, which the manifest
 * carries.
 */
final class Impact {
  static final double MIN = 0.02;
  static final double MAX = 32;
  static final int LEVELS = 64;
  private static final double LOG_RATIO = Math.log(MAX / MIN);

  private Impact() {}

  /** The level of {@code weight}: 0 for weights at or below {@link #MIN}. */
  static int level(double weight) {
    if (weight <= MIN) {
      return 0;
    }
    long level = Math.round((LEVELS - 1) * Math.log(weight / MIN) / LOG_RATIO);
    return (int) Math.min(LEVELS - 1, level);
  }
}
