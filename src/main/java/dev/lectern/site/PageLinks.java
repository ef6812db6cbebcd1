package dev.lectern.site;

import dev.lectern.diagnostic.SourcePosition;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonmark.node.Node;

/**
 * Where the links and images of one page point, as resolved when the site is assembled: the site
 * URL of each relative link to a page or file (by node, for the renderer) and, for every link,
 * the URL the page will carry and where the link was written (for the check stage).
 */
public final class PageLinks {
  /** No links. */
  public static final PageLinks NONE = new PageLinks(new IdentityHashMap<>(), List.of());

  private final Map<Node, String> rewritten;
  private final List<Origin> origins;

  /** A URL as written into the page and the place in the Markdown it came from. */
  public record Origin(String url, SourcePosition position) {}

  PageLinks(Map<Node, String> rewritten, List<Origin> origins) {
    this.rewritten = rewritten;
    this.origins = List.copyOf(origins);
  }

  /** The site URL a relative link or image resolved to, if it was rewritten. */
  public Optional<String> url(Node node) {
    return Optional.ofNullable(rewritten.get(node));
  }

  /** Every link and image, in document order. */
  public List<Origin> origins() {
    return origins;
  }
}
