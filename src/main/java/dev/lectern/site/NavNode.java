package dev.lectern.site;

import java.util.List;
import java.util.Optional;

/**
 * An entry of the site's navigation: a page, a link to another site, or a group of entries
 * (which may have a page of its own, a folder's landing page).
 *
 * @param page the page the entry leads to, if any
 * @param link the URL of another site the entry leads to, if any
 * @param expanded true if the group's entries are shown on every page, not only on the pages
 *     inside it
 */
public record NavNode(String title, Optional<Page> page, Optional<String> link,
    List<NavNode> children, boolean expanded) {

  static NavNode of(Page page, String title) {
    return new NavNode(title, Optional.of(page), Optional.empty(), List.of(), false);
  }
}
