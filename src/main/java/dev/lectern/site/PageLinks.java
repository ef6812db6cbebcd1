package dev.lectern.site;

import dev.lectern.diagnostic.SourcePosition;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the links and images of one page point, as resolved when the site is assembled: the site
 * URL of each relative link to a page or file (by the link's index in the page, for the
 * renderer) and, for every link, the URL the page will carry and where the link was written (for
 * the check stage).
 */
public final class PageLinks {
  /** No links. */
  public static final PageLinks NONE = new PageLinks(Map.of(), List.of(), java.util.Set.of());

  private final Map<Integer, String> rewritten;
  private final List<Origin> origins;
  private final java.util.Set<String> unchecked;

  /**
   * A URL as written into the page and the place in the Markdown it came from.
   *
   * @param reported true for a link already reported as broken when it was resolved: the check
   *     stage does not report it again
   */
  public record Origin(String url, SourcePosition position, boolean reported) {}

  PageLinks(Map<Integer, String> rewritten, List<Origin> origins,
      java.util.Set<String> unchecked) {
    this.rewritten = Map.copyOf(rewritten);
    this.origins = List.copyOf(origins);
    this.unchecked = java.util.Set.copyOf(unchecked);
  }

  /**
   * The URLs (without fragment) of pages whose front matter is broken that this page links to:
   * the check stage leaves them alone, as the page is not built.
   */
  public java.util.Set<String> unchecked() {
    return unchecked;
  }

  /** The site URL the page's {@code index}-th link or image resolved to, if it was rewritten. */
  public Optional<String> url(int index) {
    return Optional.ofNullable(rewritten.get(index));
  }

  /** Every link and image, in document order. */
  public List<Origin> origins() {
    return origins;
  }
}
