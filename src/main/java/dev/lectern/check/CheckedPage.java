package dev.lectern.check;

import dev.lectern.diagnostic.SourcePosition;
import dev.lectern.site.Page;

/**
 * An output page to check, with where to point a problem found on it.
 *
 * @param page the Markdown page it was rendered from, or null for pages made from templates only
 * @param template the layout it was rendered with, e.g. {@code page.peb}
 */
record CheckedPage(String outputFile, SourcePosition source, Page page, String template) {
  static CheckedPage of(String outputFile, String template) {
    return new CheckedPage(outputFile, new SourcePosition("templates/" + template, 1, 0), null,
        template);
  }
}
