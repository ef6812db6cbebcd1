package dev.lectern.site;

import dev.lectern.content.FrontMatter;
import dev.lectern.content.PageKind;

/**
 * A page of the site as the rest of the site sees it: where it comes from, its front matter and
 * where it is published. Its parsed Markdown is not part of it: rendering one page reads no
 * other page's document.
 *
 * @param file the Markdown file relative to the source root, for messages ({@code content/…})
 * @param sitePath path below the site root, e.g. {@code python/generators/} ("" for home)
 * @param generated true for a landing page Lectern made up for a folder without {@code _index.md}
 * @param readingMinutes minutes to read at 220 words a minute, at least one
 */
public record Page(String contentPath, String file, PageKind kind, FrontMatter meta,
    String sitePath, boolean generated, int readingMinutes) {

  /** The file this page is written to, relative to the output root. */
  public String outputFile() {
    return Urls.outputFile(sitePath);
  }

  /** The folder of this page's file below {@code content/}: "" at the top. */
  public String folder() {
    int slash = contentPath.lastIndexOf('/');
    return slash < 0 ? "" : contentPath.substring(0, slash);
  }

  /** Minutes to read {@code words} at 220 words a minute, at least one. */
  static int readingMinutes(int words) {
    return Math.max(1, Math.round(words / 220f));
  }
}
