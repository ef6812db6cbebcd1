package dev.lectern.config;

import dev.lectern.diagnostic.SourcePosition;
import java.util.List;
import java.util.Optional;

/**
 * The navigation as the configuration writes it, in MkDocs' shape: a list of pages
 * ({@code - Title: path.md}, or a bare {@code - path.md}), links to other sites
 * ({@code - Title: https://…}) and sections ({@code - Title:} with a list of items).
 *
 * @param items the top level, in order
 * @param position where {@code nav} is written
 * @param notInNav content paths (or globs: {@code *}, {@code **}) of pages that are left out of
 *     the navigation on purpose: no warning for them (MkDocs' {@code not_in_nav})
 */
public record NavConfig(List<Item> items, SourcePosition position, List<String> notInNav) {

  /** One entry of the navigation. */
  public sealed interface Item {
    SourcePosition position();
  }

  /**
   * A page of the site.
   *
   * @param title the label, if written; else the page's own navigation title
   * @param path the page's path in the content folder, as written
   */
  public record PageItem(Optional<String> title, String path, SourcePosition position)
      implements Item {}

  /** A link to another site (or any absolute URL). */
  public record LinkItem(String title, String url, SourcePosition position) implements Item {}

  /** A titled group of items. */
  public record SectionItem(String title, List<Item> items, SourcePosition position)
      implements Item {}
}
