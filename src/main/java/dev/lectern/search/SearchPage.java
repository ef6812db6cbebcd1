package dev.lectern.search;

import java.util.List;

/**
 * What the search index holds of one page, computed from that page alone (so it can be
 * remembered between builds while the page is unchanged). Holds no parse tree.
 *
 * @param info the page's address, title and facets
 * @param docs its searchable parts, the opening first; empty for a page with nothing to find
 */
public record SearchPage(PageInfo info, List<SearchDoc> docs) {

  /**
   * A page as the index describes it.
   *
   * @param url root-relative URL
   * @param title the page's title
   * @param description the page's description (its opening's text begins with it)
   * @param section the title of the top-level section the page belongs to; empty for pages
   *     outside sections (home, tag and role pages)
   * @param level the reader level's label ({@code Senior}), or empty
   * @param kind what the page is
   * @param code whether its code blocks are indexed (front matter {@code search: {code: true}})
   */
  public record PageInfo(String url, String title, String description, String section,
      String level, Kind kind, boolean code) {}

  /** The kinds of page; search results list chapters first when scores tie. */
  public enum Kind {
    CHAPTER, SECTION, HOME, TAG, ROLE;

    /** The name the index uses. */
    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
