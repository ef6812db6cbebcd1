package dev.lectern.site;

import dev.lectern.content.PageKind;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Pretty URLs from content paths: {@code python/01-generators.md} is published at
 * {@code python/generators/} (written as {@code python/generators/index.html}). A leading
 * {@code NN-} ordering prefix is dropped from every segment; segments are lower-cased and spaces
 * become hyphens; a front-matter slug replaces the file's own segment. Site paths have no leading
 * slash and end in '/' ("" is the home page).
 */
public final class Urls {
  private static final Pattern ORDER_PREFIX = Pattern.compile("^\\d+[-_](?=.)");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Urls() {}

  /** The site path of a Markdown file. */
  public static String pagePath(String contentPath, Optional<String> slug) {
    int slash = contentPath.lastIndexOf('/');
    String folder = slash < 0 ? "" : folderPath(contentPath.substring(0, slash));
    String name = contentPath.substring(slash + 1);
    if (name.equals(PageKind.INDEX_FILE)) {
      return folder;
    }
    String segment = slug.orElseGet(() -> segment(name.substring(0, name.length() - 3)));
    return folder + segment + "/";
  }

  /** The site path of a static file: its folders as pages' folders, its name unchanged. */
  public static String filePath(String contentPath) {
    int slash = contentPath.lastIndexOf('/');
    return slash < 0 ? contentPath
        : folderPath(contentPath.substring(0, slash)) + contentPath.substring(slash + 1);
  }

  /** The file a site path is written to. */
  public static String outputFile(String sitePath) {
    return sitePath + "index.html";
  }

  private static String folderPath(String folder) {
    StringBuilder s = new StringBuilder();
    for (String part : folder.split("/")) {
      s.append(segment(part)).append('/');
    }
    return s.toString();
  }

  static String segment(String name) {
    String stripped = ORDER_PREFIX.matcher(name).replaceFirst("");
    return SPACES.matcher(stripped.strip().toLowerCase(Locale.ROOT)).replaceAll("-");
  }
}
