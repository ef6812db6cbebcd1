package dev.lectern.content;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a Markdown file is, by its place in the content folder. */
public enum PageKind {
  /** The landing page of the content folder itself. */
  HOME,
  /** The landing page of a sub-folder: its section's page. */
  SECTION,
  /** Any other Markdown file: a chapter. */
  PAGE;

  /** The name Lectern gives a folder's landing page, and the one it makes up for a folder. */
  public static final String INDEX_FILE = "_index.md";

  /**
   * The names of a folder's landing page, in order of precedence: Hugo's, MkDocs' and
   * Docusaurus', then GitHub's (any case). Two of them in one folder are an error.
   */
  public static final List<String> LANDING_NAMES = List.of("_index", "index", "readme");

  /** The file extensions of Markdown pages. */
  public static final List<String> EXTENSIONS = List.of(".md", ".mdx");

  public static PageKind of(String contentPath) {
    if (!isLanding(contentPath)) {
      return PAGE;
    }
    return contentPath.contains("/") ? SECTION : HOME;
  }

  /** True for a landing file's path ({@code guide/index.md}, {@code README.md}, …). */
  public static boolean isLanding(String contentPath) {
    return landingRank(contentPath).isPresent();
  }

  /** The landing name's place in {@link #LANDING_NAMES}, if the file is a landing page. */
  public static Optional<Integer> landingRank(String contentPath) {
    String name = contentPath.substring(contentPath.lastIndexOf('/') + 1);
    Optional<String> stem = stem(name);
    if (stem.isEmpty()) {
      return Optional.empty();
    }
    String s = stem.get();
    int rank = s.equals("_index") ? 0 : s.equals("index") ? 1
        : s.toLowerCase(Locale.ROOT).equals("readme") ? 2 : -1;
    return rank < 0 ? Optional.empty() : Optional.of(rank);
  }

  /** True for a Markdown file's name or path. */
  public static boolean isMarkdown(String path) {
    return stem(path).isPresent();
  }

  /** The name without its Markdown extension, if it has one. */
  public static Optional<String> stem(String name) {
    for (String ext : EXTENSIONS) {
      if (name.endsWith(ext) && name.length() > ext.length()) {
        return Optional.of(name.substring(0, name.length() - ext.length()));
      }
    }
    return Optional.empty();
  }
}
