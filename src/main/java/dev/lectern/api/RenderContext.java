package dev.lectern.api;

import java.util.Optional;
import org.commonmark.node.Node;

/** What a node renderer may use while one page is rendered. */
public interface RenderContext {

  /** The page's root-relative URL ({@code /guide/topics/a/}). */
  String pageUrl();

  /** The root-relative URL of a path below the site's root ({@code tags/gil/}). */
  String url(String sitePath);

  /** The published URL of a file below {@code assets/} ({@code js/tabs.js}), if there is one. */
  Optional<String> assetUrl(String name);

  /** {@code code} highlighted as HTML for a canonical language name ({@code python}). */
  HighlightedCode highlight(String language, String code);

  /** The canonical name of a code language tag ({@code py} → {@code python}), if known. */
  Optional<String> language(String tag);

  /** Data recorded about the page being rendered by a page processor. */
  <T> Optional<T> data(DataKey<T> key);

  /** Reports a warning at the start of {@code node}. */
  void warning(Node at, String message, String hint);
}
