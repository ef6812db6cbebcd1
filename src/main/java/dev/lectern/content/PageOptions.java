package dev.lectern.content;

import dev.lectern.diagnostic.SourcePosition;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a page takes part in the site beyond its text: the settings front matter may give in
 * Lectern's words or in those of other tools ({@link FrontMatterKeys} maps them), and every other
 * key, kept for templates.
 *
 * @param navTitle the page's label in navigation, when it differs from its title
 * @param id the page's id for references between pages (Docusaurus {@code id}); its URL
 *     segment when it has no slug
 * @param keywords for the keywords meta tag
 * @param image the page's social image as written (a URL, or a path resolved like a link)
 * @param unlisted built and reachable, but left out of navigation, search, the sitemap and feeds,
 *     and marked for search engines not to index
 * @param searchable false to leave the page out of the search index
 * @param searchCode true to index the page's code blocks for search too
 * @param toc the page's table of contents
 * @param hideTitle true to hide the h1 visually (it stays for screen readers)
 * @param navigation false to show the page without the navigation sidebar
 * @param pager false to show the page without previous and next links
 * @param showUpdated false to hide the "last updated" date
 * @param editUrl the page's own "edit this page" URL, if it has one
 * @param editable false for no "edit this page" link at all
 * @param previous the page's previous page in reading order: as computed, none, or another
 * @param next likewise, the next page
 * @param aliases other URLs the page was published at, which redirect to it
 * @param titleAt where the title was written (front matter, the h1, or the file itself)
 * @param params every key Lectern has no meaning for, in file order, as plain values (text,
 *     lists and maps), for templates as {@code page.params.KEY}
 */
public record PageOptions(
    Optional<String> navTitle,
    Optional<String> id,
    List<String> keywords,
    Optional<Written> image,
    boolean unlisted,
    boolean searchable,
    boolean searchCode,
    Toc toc,
    boolean hideTitle,
    boolean navigation,
    boolean pager,
    boolean showUpdated,
    Optional<String> editUrl,
    boolean editable,
    Neighbour previous,
    Neighbour next,
    List<Written> aliases,
    Optional<SourcePosition> titleAt,
    Map<String, Object> params) {

  /** No settings: every default. */
  public static final PageOptions DEFAULTS = new PageOptions(Optional.empty(), Optional.empty(),
      List.of(), Optional.empty(), false, true, false, Toc.DEFAULT, false, true, true, true,
      Optional.empty(), true, Neighbour.COMPUTED, Neighbour.COMPUTED, List.of(),
      Optional.empty(), Map.of());

  /** A copy whose title was written at {@code at}. */
  public PageOptions withTitleAt(SourcePosition at) {
    return new PageOptions(navTitle, id, keywords, image, unlisted, searchable, searchCode, toc,
        hideTitle, navigation, pager, showUpdated, editUrl, editable, previous, next, aliases,
        Optional.of(at), params);
  }

  /** A value as written in front matter, with its place there. */
  public record Written(String text, SourcePosition position) {}

  /**
   * Which headings the table of contents lists.
   *
   * @param shown false for no table of contents
   * @param minLevel the highest heading level listed (2 = {@code ##})
   * @param maxLevel the deepest level listed
   */
  public record Toc(boolean shown, int minLevel, int maxLevel) {
    /** {@code ##} and {@code ###} headings. */
    public static final Toc DEFAULT = new Toc(true, 2, 3);
    /** No table of contents. */
    public static final Toc NONE = new Toc(false, 2, 3);
  }

  /**
   * A page's previous or next page: the one reading order gives ({@link #COMPUTED}), none, or
   * another page; either may carry its own label.
   *
   * @param target the page as written (a content path, a URL of the site or a page id)
   * @param label the link's text instead of the page's title
   */
  public record Neighbour(Kind kind, Optional<Written> target, Optional<String> label) {
    /** Whatever reading order gives. */
    public static final Neighbour COMPUTED = new Neighbour(Kind.COMPUTED, Optional.empty(),
        Optional.empty());
    /** No link. */
    public static final Neighbour NONE = new Neighbour(Kind.NONE, Optional.empty(),
        Optional.empty());

    /** How a neighbour is chosen. */
    public enum Kind { COMPUTED, NONE, PAGE }
  }
}
