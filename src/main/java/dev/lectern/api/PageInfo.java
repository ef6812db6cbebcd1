package dev.lectern.api;

import java.util.Optional;
import org.commonmark.node.Document;

/** One page of the built site, for output generators. */
public interface PageInfo {

  /** The page's path below the content folder ({@code a/b.md}). */
  String contentPath();

  /** The page's root-relative URL ({@code /guide/a/b/}). */
  String url();

  /** The page's absolute URL. */
  String absoluteUrl();

  String title();

  /** The page's syntax tree: read it, never change it. */
  Document document();

  /** Data a page processor recorded about the page. */
  <T> Optional<T> data(DataKey<T> key);
}
