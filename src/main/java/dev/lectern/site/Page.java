package dev.lectern.site;

import dev.lectern.content.FrontMatter;
import dev.lectern.content.PageKind;
import dev.lectern.content.SourcePage;
import dev.lectern.markdown.ParsedMarkdown;

/**
 * A page of the site: its parsed Markdown and where it is published.
 *
 * @param sitePath path below the site root, e.g. {@code python/generators/} ("" for home)
 * @param generated true for a landing page Lectern made up for a folder without {@code _index.md}
 */
public record Page(ParsedMarkdown markdown, String sitePath, boolean generated) {

  public SourcePage source() {
    return markdown.source();
  }

  public FrontMatter meta() {
    return markdown.source().meta();
  }

  public PageKind kind() {
    return markdown.source().kind();
  }

  public String contentPath() {
    return markdown.source().contentPath();
  }

  /** The file this page is written to, relative to the output root. */
  public String outputFile() {
    return Urls.outputFile(sitePath);
  }

  /** Minutes to read at 220 words a minute, at least one. */
  public int readingMinutes() {
    return Math.max(1, Math.round(markdown.words() / 220f));
  }
}
