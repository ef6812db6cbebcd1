package dev.lectern.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chapters by tag, to find the chapters sharing most tags with a page in time proportional to the
 * chapters that share any, not to all pairs of chapters. A tag every chapter has ranks no chapter
 * above another, so it is not counted; it still makes every chapter a candidate.
 */
final class SharedTags {
  private final List<Page> chapters;
  private final Map<String, int[]> byTag = new HashMap<>();

  SharedTags(List<Page> chapters) {
    this.chapters = chapters;
    Map<String, List<Integer>> lists = new HashMap<>();
    for (int i = 0; i < chapters.size(); i++) {
      for (String tag : new LinkedHashSet<>(chapters.get(i).meta().tags())) {
        lists.computeIfAbsent(tag, t -> new ArrayList<>()).add(i);
      }
    }
    lists.forEach((tag, positions) ->
        byTag.put(tag, positions.stream().mapToInt(Integer::intValue).toArray()));
  }

  private static boolean better(int[] counts, int a, int b) {
    return counts[a] != counts[b] ? counts[a] > counts[b] : a < b;
  }

  /**
   * Up to {@code limit} chapters other than {@code page} sharing tags with it: most shared tags
   * first, ties in reading order.
   */
  List<Page> top(Page page, int self, int limit) {
    int n = chapters.size();
    int[] counts = new int[n];
    List<Integer> touched = new ArrayList<>();
    boolean everyone = false;
    for (String tag : Set.copyOf(page.meta().tags())) {
      int[] positions = byTag.get(tag);
      if (positions == null) {
        continue;
      }
      if (positions.length == n) {
        everyone = true;
        continue;
      }
      for (int p : positions) {
        if (counts[p]++ == 0) {
          touched.add(p);
        }
      }
    }
    // The best `limit` candidates in one pass: most shared tags, then earliest in reading order.
    int[] best = new int[limit];
    int found = 0;
    for (int p : touched) {
      if (p == self) {
        continue;
      }
      int at = found;
      while (at > 0 && better(counts, p, best[at - 1])) {
        at--;
      }
      if (at < limit) {
        System.arraycopy(best, at, best, at + 1, Math.min(found, limit - 1) - at);
        best[at] = p;
        found = Math.min(found + 1, limit);
      }
    }
    List<Page> top = new ArrayList<>();
    for (int i = 0; i < found; i++) {
      top.add(chapters.get(best[i]));
    }
    for (int p = 0; everyone && p < n && top.size() < limit; p++) {
      if (p != self && counts[p] == 0) {
        top.add(chapters.get(p));
      }
    }
    return top;
  }
}
