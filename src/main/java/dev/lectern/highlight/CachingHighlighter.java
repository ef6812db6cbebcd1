package dev.lectern.highlight;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers highlighted HTML by (language, code) for the length of one build, so a block that
 * appears on many pages is highlighted once. Thread-safe.
 */
public final class CachingHighlighter extends ForwardingHighlighter {
  private final ConcurrentHashMap<Key, Result> cache = new ConcurrentHashMap<>();

  public CachingHighlighter(Highlighter inner) {
    super(inner);
  }

  private record Key(String language, String code) {}

  @Override
  public Result highlight(String language, String code) {
    Key key = new Key(language, code);
    Result known = cache.get(key);
    if (known != null) {
      return known;
    }
    // Computed outside the map's lock: two threads may rarely do the same block twice, but a slow
    // block never holds up others.
    Result fresh = inner.highlight(language, code);
    Result raced = cache.putIfAbsent(key, fresh);
    return raced != null ? raced : fresh;
  }

  /** How many distinct blocks were highlighted. */
  public int size() {
    return cache.size();
  }
}
