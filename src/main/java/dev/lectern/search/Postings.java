package dev.lectern.search;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every term's postings, documents numbered in page order: for each document holding the term,
 * the gap from the previous one as a {@link Digits#varint} and its impact level as one digit.
 */
final class Postings {
  private static final class Builder {
    final StringBuilder text = new StringBuilder();
    int last;
    int count;
  }

  private final Map<String, Builder> byTerm = new HashMap<>();
  private int docs;

  /** Adds the next document. */
  void add(SearchDoc doc) {
    int id = docs++;
    String impacts = doc.impacts();
    for (int i = 0; i < doc.terms().size(); i++) {
      Builder b = byTerm.computeIfAbsent(doc.terms().get(i), t -> new Builder());
      Digits.varint(b.text, id - b.last);
      b.text.append(impacts.charAt(i));
      b.last = id;
      b.count++;
    }
  }

  int docs() {
    return docs;
  }

  /** Each term's encoded postings, by term. */
  TreeMap<String, String> encoded() {
    TreeMap<String, String> out = new TreeMap<>();
    byTerm.forEach((term, b) -> out.put(term, b.text.toString()));
    return out;
  }

  /** Each term's document frequency, by term. */
  TreeMap<String, Integer> frequencies() {
    TreeMap<String, Integer> out = new TreeMap<>();
    byTerm.forEach((term, b) -> out.put(term, b.count));
    return out;
  }
}
