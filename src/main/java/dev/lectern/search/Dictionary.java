package dev.lectern.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The index's vocabulary in shards by prefix, with each term's document frequency: the browser
 * fetches the shard of a query word and finds there its exact, prefix and typo matches before it
 * fetches any postings. Shards are keyed by a term's first character; a shard past
 * {@link #MAX_CHARS} is split by the first two characters, and so on up to {@link #MAX_KEY}.
 */
final class Dictionary {
  static final int MAX_CHARS = 12_000;
  static final int MAX_KEY = 3;

  /** One shard: terms and their frequencies, in the same order. */
  record Shard(List<String> t, List<Integer> n) {}

  private Dictionary() {}

  /** The shards by key. */
  static SortedMap<String, Shard> of(SortedMap<String, Integer> frequencies) {
    SortedMap<String, Shard> shards = new TreeMap<>();
    split(frequencies, 1, shards);
    return shards;
  }

  private static void split(SortedMap<String, Integer> terms, int keyLength,
      SortedMap<String, Shard> out) {
    SortedMap<String, SortedMap<String, Integer>> groups = new TreeMap<>();
    terms.forEach((t, n) -> groups.computeIfAbsent(key(t, keyLength), k -> new TreeMap<>())
        .put(t, n));
    groups.forEach((key, group) -> {
      int chars = group.keySet().stream().mapToInt(t -> t.length() + 8).sum();
      boolean splittable = key.codePointCount(0, key.length()) == keyLength;
      if (chars > MAX_CHARS && keyLength < MAX_KEY && splittable) {
        split(group, keyLength + 1, out);
      } else {
        List<String> t = new ArrayList<>(group.keySet());
        List<Integer> n = new ArrayList<>(group.values());
        out.put(key, new Shard(List.copyOf(t), List.copyOf(n)));
      }
    });
  }

  /** The first {@code n} code points of {@code term} (all of it if shorter). */
  static String key(String term, int n) {
    int count = term.codePointCount(0, term.length());
    return count <= n ? term : term.substring(0, term.offsetByCodePoints(0, n));
  }

  /** The longest key length in use. */
  static int keyLength(Map<String, Shard> shards) {
    return shards.keySet().stream().mapToInt(k -> k.codePointCount(0, k.length())).max()
        .orElse(1);
  }
}
