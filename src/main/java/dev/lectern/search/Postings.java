package dev.lectern.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Every term's postings, documents numbered in page order: for each document holding the term,
 * the gap from the previous one as a {@link Digits#varint} and its impact level as one digit.
 */
final class Postings {
  /**
   * One term's postings in one part: its first document and that document's impact, then the
   * rest as gaps and impacts; and the parts after it, joined only when the text is asked for (so
   * the joining copies nothing twice).
   */
  private static final class Builder {
    final StringBuilder rest = new StringBuilder();
    int first = -1;
    char firstImpact;
    int last;
    int count;
    List<Builder> later = List.of();

    void encodeTo(StringBuilder out, int previous) {
      Digits.varint(out, first - previous);
      out.append(firstImpact).append(rest);
    }

    String encoded() {
      StringBuilder out = new StringBuilder(rest.length() + 8);
      encodeTo(out, 0);
      int previous = last;
      for (Builder part : later) {
        part.encodeTo(out, previous);
        previous = part.last;
      }
      return out.toString();
    }

    int total() {
      return count + later.stream().mapToInt(b -> b.count).sum();
    }
  }

  /** Pages per part when the postings are built in parallel. */
  private static final int PAGES_PER_PART = 64;

  private final Map<String, Builder> byTerm = new HashMap<>();
  private int docs;

  /**
   * The postings of every document of {@code pages}, in order: built in parts in parallel (a
   * site's index is rebuilt on every save under serve), then joined; the same as adding every
   * document in turn.
   */
  static Postings of(List<SearchPage> pages) {
    return of(pages, Math.max(1, Math.min(ForkJoinPool.getCommonPoolParallelism() + 1,
        pages.size() / PAGES_PER_PART)));
  }

  /** The postings of {@code pages}, built in {@code parts} parts. */
  static Postings of(List<SearchPage> pages, int parts) {
    int size = (pages.size() + parts - 1) / parts;
    List<List<SearchPage>> ranges = IntStream.range(0, parts).mapToObj(part -> pages.subList(
        Math.min(pages.size(), part * size), Math.min(pages.size(), (part + 1) * size))).toList();
    int[] firstDoc = new int[parts];
    for (int part = 1; part < parts; part++) {
      firstDoc[part] = firstDoc[part - 1]
          + ranges.get(part - 1).stream().mapToInt(p -> p.docs().size()).sum();
    }
    List<Postings> built = IntStream.range(0, parts).parallel().mapToObj(part -> {
      Postings p = new Postings();
      p.docs = firstDoc[part];
      ranges.get(part).forEach(page -> page.docs().forEach(p::add));
      return p;
    }).toList();
    Postings all = built.get(0);
    built.subList(1, built.size()).forEach(all::append);
    return all;
  }

  /** Appends {@code later}'s postings, of the documents after this one's. */
  private void append(Postings later) {
    later.byTerm.forEach((term, b) -> {
      Builder mine = byTerm.get(term);
      if (mine == null) {
        byTerm.put(term, b);
      } else {
        if (mine.later.isEmpty()) {
          mine.later = new ArrayList<>();
        }
        mine.later.add(b);
      }
    });
    docs = later.docs;
  }

  /** Adds the next document. */
  void add(SearchDoc doc) {
    int id = docs++;
    String impacts = doc.impacts();
    for (int i = 0; i < doc.terms().size(); i++) {
      Builder b = byTerm.computeIfAbsent(doc.terms().get(i), t -> new Builder());
      if (b.first < 0) {
        b.first = id;
        b.firstImpact = impacts.charAt(i);
      } else {
        Digits.varint(b.rest, id - b.last);
        b.rest.append(impacts.charAt(i));
      }
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
    byTerm.forEach((term, b) -> out.put(term, b.encoded()));
    return out;
  }

  /** Each term's document frequency, by term. */
  TreeMap<String, Integer> frequencies() {
    TreeMap<String, Integer> out = new TreeMap<>();
    byTerm.forEach((term, b) -> out.put(term, b.total()));
    return out;
  }
}
