package dev.lectern.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The page table: per page in index order, its number of documents, its section, level and kind
 * as indexes into the manifest's lists, each a {@link Digits#varint} string. The browser needs it
 * to turn a document into its page and to count and filter results by section and level before
 * it fetches any record.
 */
final class Facets {
  private final List<String> sections = new ArrayList<>();
  private final List<String> levels = new ArrayList<>();

  Facets(List<SearchPage> pages) {
    sections.add("");
    levels.add("");
    pages.forEach(p -> {
      if (!sections.contains(p.info().section())) {
        sections.add(p.info().section());
      }
    });
    pages.stream().map(p -> p.info().level()).filter(l -> !l.isEmpty()).distinct()
        .sorted(java.util.Comparator.comparingInt(Facets::rank)
            .thenComparing(java.util.Comparator.naturalOrder()))
        .forEach(levels::add);
  }

  /** Level labels sort in the order of {@link dev.lectern.content.Level}, then any others. */  private static int rank(String label) {
    for (dev.lectern.content.Level l : dev.lectern.content.Level.values()) {
      if (l.label().equals(label)) {
        return l.ordinal();
      }
    }
    return Integer.MAX_VALUE;
  }

  List<String> sections() {
    return List.copyOf(sections);
  }

  List<String> levels() {
    return List.copyOf(levels);
  }

  Map<String, String> table(List<SearchPage> pages) {
    StringBuilder docs = new StringBuilder();
    StringBuilder section = new StringBuilder();
    StringBuilder level = new StringBuilder();
    StringBuilder kind = new StringBuilder();
    Map<String, Integer> sectionIndex = index(sections);
    Map<String, Integer> levelIndex = index(levels);
    for (SearchPage p : pages) {
      Digits.varint(docs, p.docs().size());
      Digits.varint(section, sectionIndex.get(p.info().section()));
      Digits.varint(level, levelIndex.get(p.info().level()));
      Digits.varint(kind, p.info().kind().ordinal());
    }
    Map<String, String> table = new LinkedHashMap<>();
    table.put("docs", docs.toString());
    table.put("section", section.toString());
    table.put("level", level.toString());
    table.put("kind", kind.toString());
    return table;
  }

  private static Map<String, Integer> index(List<String> values) {
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < values.size(); i++) {
      index.put(values.get(i), i);
    }
    return index;
  }
}
