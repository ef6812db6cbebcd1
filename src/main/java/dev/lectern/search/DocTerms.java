package dev.lectern.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the terms of one document field by field as its text is added, and weighs them into
 * impact levels. Counting as the words stream by, into one hash map, keeps a large site's index
 * a small part of its build.
 */
final class DocTerms {
  private static final int FIELDS = Field.values().length;
  private final Map<String, int[]> counts = new HashMap<>(512);
  private final int[] lengths = new int[FIELDS];

  /** Adds the words of {@code text} to {@code field}. */
  DocTerms add(Field field, CharSequence text) {
    int f = field.ordinal();
    Words.eachTerm(text, term -> {
      counts.computeIfAbsent(term, k -> new int[FIELDS])[f]++;
      lengths[f]++;
    });
    return this;
  }

  /**
   * The document with its distinct terms and their impact levels. The terms are in hash order:
   * postings need documents in order, not a document's terms, and sorting them cost a tenth of
   * the index.
   */
  SearchDoc doc(String fragment, String heading, String excerpt) {
    String[] terms = counts.keySet().toArray(new String[0]);
    StringBuilder impacts = new StringBuilder(terms.length);
    Field[] fields = Field.values();
    for (String term : terms) {
      int[] perField = counts.get(term);
      double weight = 0;
      for (Field field : fields) {
        weight += field.impact(perField[field.ordinal()], lengths[field.ordinal()]);
      }
      impacts.append(Digits.digit(Impact.level(weight)));
    }
    return new SearchDoc(fragment, heading, excerpt, List.of(terms), impacts.toString());
  }
}
