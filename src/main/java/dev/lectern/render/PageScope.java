package dev.lectern.render;

import dev.lectern.api.DataKey;
import dev.lectern.api.HighlightedCode;
import dev.lectern.config.SiteConfig;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.highlight.Highlighting;
import dev.lectern.markdown.ParsedMarkdown;
import dev.lectern.markdown.Positions;
import dev.lectern.markdown.RenderScope;
import dev.lectern.site.PageLinks;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.Node;

/** The {@link RenderScope} of one page's render: its links, the site's URLs and assets. */
final class PageScope implements RenderScope {
  private final ParsedMarkdown page;
  private final String pageUrl;
  private final PageLinks links;
  private final SiteContext context;
  private final Highlighting highlighting;
  private final Diagnostics out;

  PageScope(ParsedMarkdown page, String pageUrl, PageLinks links, SiteContext context,
      Highlighting highlighting, Diagnostics out) {
    this.page = page;
    this.pageUrl = pageUrl;
    this.links = links;
    this.context = context;
    this.highlighting = highlighting;
    this.out = out;
  }

  private SiteConfig config() {
    return context.site().config();
  }

  /** Each link node's index in the page, made on the first link rendered. */
  private java.util.Map<Node, Integer> linkIndex;

  @Override
  public Optional<String> linkUrl(Node node) {
    if (linkIndex == null) {
      linkIndex = new java.util.IdentityHashMap<>();
      List<Node> nodes = page.linkNodes();
      for (int i = 0; i < nodes.size(); i++) {
        linkIndex.put(nodes.get(i), i);
      }
    }
    Integer index = linkIndex.get(node);
    return index == null ? Optional.empty() : links.url(index);
  }

  @Override
  public String pageUrl() {
    return pageUrl;
  }

  @Override
  public String url(String sitePath) {
    return config().url(sitePath.startsWith("/") ? sitePath.substring(1) : sitePath);
  }

  @Override
  public Optional<String> assetUrl(String name) {
    return context.assets().find(name).map(config()::url);
  }

  @Override
  public HighlightedCode highlight(String language, String code) {
    return highlighting.highlight(language, code);
  }

  @Override
  public Optional<String> language(String tag) {
    return highlighting.language(tag);
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
