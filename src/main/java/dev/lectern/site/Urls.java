package dev.lectern.site;

import dev.lectern.content.FrontMatter;
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

  /**
   * The site path of a Markdown file: its slug (a path from the site root when it starts with
   * '/'), else its id (Docusaurus), else its file name; a landing page is its folder's path.
   */
  public static String pagePath(String contentPath, FrontMatter meta) {
    return pagePath(contentPath, meta.slug().or(() -> meta.options().id()
        .filter(id -> !id.contains("/") && !id.isBlank() && !PageKind.isLanding(contentPath))
        .map(Urls::segment)));
  }

  /** The site path of a Markdown file with an optional slug. */
  public static String pagePath(String contentPath, Optional<String> slug) {
    if (slug.isPresent() && slug.get().startsWith("/")) {
      String path = slug.get().replaceAll("^/+|/+$", "");
      return path.isEmpty() ? "" : path + "/";
    }
    int slash = contentPath.lastIndexOf('/');
    String folder = slash < 0 ? "" : folderPath(contentPath.substring(0, slash));
    String name = contentPath.substring(slash + 1);
    if (PageKind.isLanding(contentPath)) {
      return folder;
    }
    String segment = slug.map(s -> s.replaceAll("/+$", ""))
        .orElseGet(() -> segment(PageKind.stem(name).orElse(name)));
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

  /** A file or folder name as a URL segment: ordering prefix dropped, lower case, hyphens. */
  public static String segment(String name) {
    String stripped = ORDER_PREFIX.matcher(name).replaceFirst("");
    return SPACES.matcher(stripped.strip().toLowerCase(Locale.ROOT)).replaceAll("-");
  }
}
