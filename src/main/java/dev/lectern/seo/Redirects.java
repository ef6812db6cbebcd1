package dev.lectern.seo;

import dev.lectern.site.Page;
import dev.lectern.site.Site;
import java.util.Map;
import java.util.TreeMap;

/**
 * A small page at each old URL of a page (front matter's {@code aliases}) that sends the reader
 * and search engines on to the page: a refresh, a canonical link, and a link for readers without
 * either.
 */
public final class Redirects {
  private Redirects() {}

  /** Output file → HTML. */
  public static Map<String, String> of(Site site) {
    Map<String, String> files = new TreeMap<>();
    site.aliases().forEach((file, page) -> files.put(file, html(site, page)));
    return files;
  }

  private static String html(Site site, Page page) {
    String url = escape(site.config().absoluteUrl(page.sitePath()));
    String title = escape(page.meta().title());
    return "<!DOCTYPE html>\n<html lang=\"" + escape(site.config().language()) + "\">\n<head>\n"
        + "<meta charset=\"utf-8\">\n<title>" + title + "</title>\n"
        + "<link rel=\"canonical\" href=\"" + url + "\">\n"
        + "<meta name=\"robots\" content=\"noindex\">\n"
        + "<meta http-equiv=\"refresh\" content=\"0; url=" + url + "\">\n</head>\n<body>\n"
        + "<p>This page has moved to <a href=\"" + url + "\">" + title + "</a>.</p>\n"
        + "</body>\n</html>\n";
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
