package dev.lectern.site;

import dev.lectern.markdown.HeadingSlugger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A page per tag, published at {@code tags/SLUG/}: the chapters carrying the tag, in reading
 * order. Tags that differ only in case or punctuation share a page (they share a slug).
 */
public final class TagPages {
  /** The folder of the tag pages below the site root. */
  public static final String FOLDER = "tags/";

  private TagPages() {}

  /** One tag's page; {@code name} is the tag as first written. */
  public record TagPage(String name, String sitePath, List<Page> chapters) {
    public String outputFile() {
      return Urls.outputFile(sitePath);
    }

    /** The page's title. */
    public String title() {
      return "Chapters tagged \u201c" + name + "\u201d";
    }
  }

  /** The site path of a tag's page. */
  public static String sitePath(String tag) {
    String slug = HeadingSlugger.slugify(tag.strip());
    return FOLDER + (slug.isEmpty() ? "tag" : slug) + "/";
  }

  /** The tag pages of {@code chapters}, which are in reading order. */
  static List<TagPage> of(List<Page> readingOrder) {
    Map<String, String> names = new TreeMap<>();
    Map<String, List<Page>> chapters = new TreeMap<>();
    for (Page page : readingOrder) {
      // Each page once per tag page, even if two of its tags share a URL (List.contains here
      // compared whole pages and made this quadratic).
      java.util.Set<String> paths = new java.util.LinkedHashSet<>();
      for (String tag : page.meta().tags()) {
        String path = sitePath(tag);
        names.putIfAbsent(path, tag);
        if (paths.add(path)) {
          chapters.computeIfAbsent(path, k -> new ArrayList<>()).add(page);
        }
      }
    }
    List<TagPage> pages = new ArrayList<>();
    chapters.forEach((path, list) -> pages.add(new TagPage(names.get(path), path, List.copyOf(list))));
    return List.copyOf(pages);
  }
}
