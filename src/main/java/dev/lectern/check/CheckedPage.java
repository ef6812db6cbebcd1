package dev.lectern.check;

import dev.lectern.diagnostic.SourcePosition;
import dev.lectern.site.PageLinks;
import java.util.List;

/**
 * An output page to check, with where to point a problem found on it.
 *
 * @param origins where the page's Markdown wrote each link, or null for pages made from
 *     templates only
 * @param template the layout it was rendered with, e.g. {@code page.peb}
 */
record CheckedPage(String outputFile, SourcePosition source, List<PageLinks.Origin> origins,
    String template) {
  static CheckedPage of(String outputFile, String template) {
    return new CheckedPage(outputFile, new SourcePosition("templates/" + template, 1, 0), null,
        template);
  }
}
