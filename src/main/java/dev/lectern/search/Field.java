package dev.lectern.search;

/**
 * The fields of an indexed page section and how a word found in each counts. Scores are BM25 per
 * field, weighted and summed (the way MiniSearch and Lucene's multi-field queries combine
 * fields). Length normalisation uses a fixed typical length per field instead of the site's
 * average, so that a section's scores depend on that section alone: the index of a page can be
 * computed, and remembered, without the rest of the site.
 */
enum Field {
  TITLE(5.0, 6, 0.3),
  HEADING(3.0, 8, 0.5),
  QUESTION(2.0, 15, 0.5),
  DESCRIPTION(1.5, 25, 0.5),
  BODY(1.0, 150, 0.75);

  /** BM25's term-frequency saturation. */
  static final double K1 = 1.2;

  final double weight;
  final double typicalLength;
  final double b;

  Field(double weight, double typicalLength, double b) {
    this.weight = weight;
    this.typicalLength = typicalLength;
    this.b = b;
  }

  /** This field's share of a word's impact: BM25's term-frequency part, weighted. */
  double impact(int count, int length) {
    if (count == 0) {
      return 0;
    }
    double norm = 1 - b + b * length / typicalLength;
    return weight * count * (K1 + 1) / (count + K1 * norm);
  }
}
