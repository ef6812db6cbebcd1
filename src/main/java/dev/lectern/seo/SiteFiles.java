package dev.lectern.seo;

import dev.lectern.config.SiteConfig;
import dev.lectern.site.Page;
import dev.lectern.site.Site;
import dev.lectern.site.StudyPlans;
import dev.lectern.site.TagPages;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code sitemap.xml}, {@code robots.txt}, the Atom feed {@code feed.xml} of chapters and the
 * {@code .nojekyll} marker for GitHub Pages. All are
 * derived from the site model only (no clock), sorted, and so identical for identical input.
 */
public final class SiteFiles {
  public static final String SITEMAP = "sitemap.xml";
  public static final String ROBOTS = "robots.txt";
  public static final String FEED = "feed.xml";
  /** Tells GitHub Pages to serve the files as they are instead of running Jekyll on them. */
  public static final String NO_JEKYLL = ".nojekyll";
  /** The custom domain of a GitHub Pages site. */
  public static final String CNAME = "CNAME";

  private SiteFiles() {}

  /** Output file → content. */
  public static Map<String, String> of(Site site, Map<String, String> descriptions) {
    Map<String, String> files = new TreeMap<>();
    files.put(SITEMAP, sitemap(site));
    // A robots.txt of the site's own, in its static folder, replaces Lectern's.
    if (site.rootFiles().stream().noneMatch(f -> f.contentPath().equals(ROBOTS))) {
      files.put(ROBOTS, "User-agent: *\nAllow: /\n\nSitemap: "
          + site.config().absoluteUrl(SITEMAP) + "\n");
    }
    files.put(FEED, feed(site, descriptions));
    files.put(NO_JEKYLL, "");
    site.config().cname().ifPresent(domain -> files.put(CNAME, domain + "\n"));
    return files;
  }

  private static String sitemap(Site site) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    Map<String, Optional<LocalDate>> urls = new TreeMap<>();
    for (Page page : site.allPages()) {
      if (!page.meta().options().unlisted()) {
        urls.put(site.config().absoluteUrl(page.sitePath()), site.dates().modified(page));
      }
    }
    for (StudyPlans.StudyPlan plan : site.plans()) {
      urls.put(site.config().absoluteUrl(plan.sitePath()), plan.entries().stream()
          .map(e -> site.dates().modified(e.page())).flatMap(Optional::stream)
          .max(Comparator.naturalOrder()));
    }
    for (TagPages.TagPage tag : site.tags()) {
      urls.put(site.config().absoluteUrl(tag.sitePath()), tag.chapters().stream()
          .map(p -> site.dates().modified(p)).flatMap(Optional::stream)
          .max(Comparator.naturalOrder()));
    }
    urls.forEach((loc, modified) -> {
      xml.append("  <url><loc>").append(xml(loc)).append("</loc>");
      modified.ifPresent(d -> xml.append("<lastmod>").append(d).append("</lastmod>"));
      xml.append("</url>\n");
    });
    return xml.append("</urlset>\n").toString();
  }

  private static String feed(Site site, Map<String, String> descriptions) {
    SiteConfig config = site.config();
    List<Page> chapters = site.chapters().stream()
        .sorted(Comparator.comparing((Page p) -> site.dates().modified(p).orElse(LocalDate.MIN))
            .reversed().thenComparing(Page::sitePath))
        .toList();
    String newest = chapters.stream().map(p -> site.dates().modified(p))
        .flatMap(Optional::stream).max(Comparator.naturalOrder())
        .map(SiteFiles::instant).orElse("2000-01-01T00:00:00Z");
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        + "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"" + xml(config.language())
        + "\">\n");
    xml.append("  <title>").append(xml(config.title())).append("</title>\n");
    if (!config.description().isBlank()) {
      xml.append("  <subtitle>").append(xml(config.description())).append("</subtitle>\n");
    }
    xml.append("  <link href=\"").append(xml(config.absoluteUrl(""))).append("\"/>\n")
        .append("  <link rel=\"self\" href=\"").append(xml(config.absoluteUrl(FEED)))
        .append("\"/>\n  <id>").append(xml(config.absoluteUrl(""))).append("</id>\n")
        .append("  <updated>").append(newest).append("</updated>\n")
        .append("  <author><name>").append(xml(config.author().isBlank() ? config.title()
            : config.author())).append("</name></author>\n");
    for (Page p : chapters) {
      String url = xml(config.absoluteUrl(p.sitePath()));
      xml.append("  <entry>\n    <title>").append(xml(p.meta().title())).append("</title>\n")
          .append("    <link href=\"").append(url).append("\"/>\n    <id>").append(url)
          .append("</id>\n    <updated>")
          .append(site.dates().modified(p).map(SiteFiles::instant).orElse(newest))
          .append("</updated>\n    <summary>")
          .append(xml(descriptions.getOrDefault(p.outputFile(), ""))).append("</summary>\n")
          .append("  </entry>\n");
    }
    return xml.append("</feed>\n").toString();
  }

  private static String instant(LocalDate date) {
    return date + "T00:00:00Z";
  }

  private static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
