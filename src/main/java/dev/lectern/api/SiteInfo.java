package dev.lectern.api;

import java.util.List;

/** The built site as output generators see it. */
public interface SiteInfo {

  /** The site's title from {@code site.yml}. */
  String title();

  /** The absolute URL the site is published at, ending in '/'. */
  String baseUrl();

  /** Every page written from Markdown, in URL order. */
  List<PageInfo> pages();

  /** Reports an error about a page, at its file's first line. */
  void error(PageInfo page, String message, String hint);
}
