package dev.lectern.testing;

import dev.lectern.api.DataKey;
import dev.lectern.api.HighlightedCode;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.highlight.Highlighter;
import dev.lectern.highlight.PrismHighlighter;
import dev.lectern.markdown.ParsedMarkdown;
import dev.lectern.markdown.Positions;
import dev.lectern.markdown.RenderScope;
import java.util.Map;
import java.util.Optional;
import org.commonmark.node.Node;

/**
 * A render scope for rendering Markdown outside a site: links stay as written (or as
 * {@code links} maps them), code is highlighted by the shared highlighter, warnings go to the
 * given diagnostics.
 */
public final class TestScope implements RenderScope {
  private final ParsedMarkdown page;
  private final Diagnostics out;
  private final Map<Node, String> links;
  private final Highlighter highlighter;

  public TestScope(ParsedMarkdown page, Diagnostics out, Map<Node, String> links,
      Highlighter highlighter) {
    this.page = page;
    this.out = out;
    this.links = links;
    this.highlighter = highlighter;
  }

  public TestScope(ParsedMarkdown page, Diagnostics out, Map<Node, String> links) {
    this(page, out, links, PrismHighlighter.shared());
  }

  public TestScope(ParsedMarkdown page, Diagnostics out) {
    this(page, out, Map.of());
  }

  @Override
  public Optional<String> linkUrl(Node node) {
    return Optional.ofNullable(links.get(node));
  }

  @Override
  public String pageUrl() {
    return "/" + page.source().contentPath().replaceAll("\\.md$", "/");
  }

  @Override
  public String url(String sitePath) {
    return "/" + sitePath;
  }

  @Override
  public Optional<String> assetUrl(String name) {
    return Optional.of("/assets/" + name);
  }

  @Override
  public HighlightedCode highlight(String language, String code) {
    Highlighter.Result r = highlighter.highlight(language, code);
    return new HighlightedCode(r.html(), r.problem());
  }

  @Override
  public Optional<String> language(String tag) {
    return highlighter.language(tag);
  }

  @Override
  public <T> Optional<T> data(DataKey<T> key) {
    return page.data(key);
  }

  @Override
  public void warning(Node at, String message, String hint) {
    out.warning(Positions.of(at, page.source().file()), message, hint);
  }
}
