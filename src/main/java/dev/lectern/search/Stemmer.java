package dev.lectern.search;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Snowball's English stemmer (Porter2, as Lucene ships it): {@code generators}, {@code generated}
 * and {@code generating} all become {@code generat}. The browser's {@code search-engine.js}
 * implements the same algorithm for queries; a test holds both to identical stems on a large
 * vocabulary. Thread-safe: a Snowball stemmer keeps state, so each thread gets its own, and stems
 * are remembered (a site's vocabulary is small next to its number of words).
 */
public final class Stemmer {
  private static final ThreadLocal<EnglishStemmer> SNOWBALL =
      ThreadLocal.withInitial(EnglishStemmer::new);
  private static final int MAX_REMEMBERED = 500_000;
  private static final Map<String, String> STEMS = new ConcurrentHashMap<>();

  private Stemmer() {}

  /** The stem of a normalised word (see {@link Words}). */
  public static String stem(String word) {
    String known = STEMS.get(word);
    if (known != null) {
      return known;
    }
    EnglishStemmer snowball = SNOWBALL.get();
    snowball.setCurrent(word);
    snowball.stem();
    String stem = snowball.getCurrent();
    if (STEMS.size() < MAX_REMEMBERED) {
      STEMS.put(word, stem);
    }
    return stem;
  }
}
