package dev.lectern.markdown.html;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the sanitiser removed from one page, each thing named once, in the order of its first
 * place in the page (the page is not cleaned in reading order: inner content comes first), and
 * where the first removal was: the page gets one warning listing them.
 */
final class Removed {
  private final Map<String, long[]> first = new HashMap<>();

  /**
   * Records {@code what} (such as {@code <script>} or {@code onclick}) removed at a line and
   * column of the page.
   */
  void add(String what, int line, int column) {
    long at = (long) line << 32 | column;
    first.merge(what, new long[] {at, first.size()},
        (old, now) -> old[0] <= now[0] ? old : new long[] {now[0], old[1]});
  }

  boolean isEmpty() {
    return first.isEmpty();
  }

  private List<Map.Entry<String, long[]>> ordered() {
    return first.entrySet().stream()
        .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[0])
            .thenComparingLong(e -> e.getValue()[1]))
        .toList();
  }

  /** The line of the first removal (1-based). */
  int line() {
    return (int) (ordered().get(0).getValue()[0] >>> 32);
  }

  /** The column of the first removal (1-based). */
  int column() {
    return (int) ordered().get(0).getValue()[0];
  }

  /** The names, at most {@code max}, then how many more. */
  String list(int max) {
    List<String> names = ordered().stream().map(Map.Entry::getKey).toList();
    String shown = String.join(", ", names.subList(0, Math.min(max, names.size())));
    return names.size() > max ? shown + " and " + (names.size() - max) + " more" : shown;
  }
}
