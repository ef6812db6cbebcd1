package dev.lectern.content;

/**
 * One Markdown file with its front matter parsed.
 *
 * @param contentPath path below {@code content/}, forward slashes ({@code python/01-generators.md})
 * @param file path relative to the source root, for diagnostics ({@code content/python/…})
 * @param body the Markdown after the front matter, with the front matter replaced by as many
 *     empty lines, so that line numbers in the body are line numbers in the file
 */
public record SourcePage(
    String contentPath, String file, PageKind kind, FrontMatter meta, String body) {

  /** The folder of this file below {@code content/}: "" at the top. */
  public String folder() {
    int slash = contentPath.lastIndexOf('/');
    return slash < 0 ? "" : contentPath.substring(0, slash);
  }
}
