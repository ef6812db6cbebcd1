package dev.lectern.diagnostic;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean …?" suggestions by edit distance. */
public final class Suggestions {
  private Suggestions() {}

  /**
   * The candidate closest to {@code wrong}, if it is close enough to be a plausible typo. Ties go
   * to the longer shared prefix ({@code pyton} → {@code python}, not {@code pycon}).
   */
  public static Optional<String> closest(String wrong, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    int bestPrefix = -1;
    String w = wrong.toLowerCase();
    for (String candidate : candidates.stream().sorted().toList()) {
      String c = candidate.toLowerCase();
      int d = distance(w, c);
      int prefix = commonPrefix(w, c);
      if (d < bestDistance || d == bestDistance && prefix > bestPrefix) {
        best = candidate;
        bestDistance = d;
        bestPrefix = prefix;
      }
    }
    int allowed = Math.max(2, wrong.length() / 3);
    return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
  }

  /** A hint sentence: "did you mean 'x'?" or, failing that, the list of what is allowed. */
  public static String didYouMean(String wrong, Collection<String> candidates) {
    return closest(wrong, candidates)
        .map(c -> "did you mean '" + c + "'?")
        .orElse("expected one of: " + String.join(", ", candidates.stream().sorted().toList()));
  }

  /**
   * The candidate one edit away from {@code wrong} (a letter added, dropped, changed, or two
   * neighbours swapped), if there is one: the mark of a typo rather than of a different word.
   */
  public static Optional<String> oneEditAway(String wrong, Collection<String> candidates) {
    return candidates.stream().sorted()
        .filter(c -> !c.equals(wrong) && Math.abs(c.length() - wrong.length()) <= 1)
        .filter(c -> distance(wrong, c) <= 1 || isSwap(wrong, c))
        .findFirst();
  }

  /** True if {@code b} is {@code a} with two neighbouring characters swapped. */
  private static boolean isSwap(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    int first = 0;
    while (first < a.length() && a.charAt(first) == b.charAt(first)) {
      first++;
    }
    return first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1)
        && a.charAt(first + 1) == b.charAt(first)
        && a.substring(first + 2).equals(b.substring(first + 2));
  }

  private static int commonPrefix(String a, String b) {
    int n = 0;
    while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
      n++;
    }
    return n;
  }

  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
