package dev.lectern.content;

/** What a Markdown file is, by its place in {@code content/}. */
public enum PageKind {
  /** {@code content/_index.md}. */
  HOME,
  /** {@code _index.md} in a sub-folder: the landing page of that section. */
  SECTION,
  /** Any other {@code .md} file: a chapter. */
  PAGE;

  /** The name of a section's landing file. */
  public static final String INDEX_FILE = "_index.md";

  public static PageKind of(String contentPath) {
    if (contentPath.equals(INDEX_FILE)) {
      return HOME;
    }
    return contentPath.endsWith("/" + INDEX_FILE) ? SECTION : PAGE;
  }
}
