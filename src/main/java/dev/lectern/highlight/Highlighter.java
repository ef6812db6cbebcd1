package dev.lectern.highlight;

import java.util.List;
import java.util.Optional;

/**
 * Build-time syntax highlighting: code in, HTML with Prism.js token classes out. Implementations
 * are thread-safe; the engine behind this interface can be swapped.
 */
public interface Highlighter {

  /** The canonical language for a fence tag ({@code py} → {@code python}), or empty if unknown. */
  Optional<String> language(String tag);

  /** Every tag {@link #language} accepts, for messages; sorted. */
  List<String> knownTags();

  /**
   * Highlights {@code code} in a canonical {@code language}. The HTML is escaped; it is plain
   * escaped text for plain languages and whenever highlighting failed, with the reason.
   */
  Result highlight(String language, String code);

  /** Highlighted HTML, and why it is plain if highlighting failed. */
  record Result(String html, Optional<String> problem) {
    public static Result ok(String html) {
      return new Result(html, Optional.empty());
    }
  }
}
