package dev.lectern.highlight;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers highlighted HTML by (language, code) for the length of one build, so a block that
 * appears on many pages is highlighted once. Thread-safe.
 */
public final class CachingHighlighter implements Highlighter {
  private final Highlighter inner;
  private final ConcurrentHashMap<Key, Result> cache = new ConcurrentHashMap<>();

  public CachingHighlighter(Highlighter inner) {
    this.inner = inner;
  }

  private record Key(String language, String code) {}

  @Override
  public Optional<String> language(String tag) {
    return inner.language(tag);
  }

  @Override
  public List<String> knownTags() {
    return inner.knownTags();
  }

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
