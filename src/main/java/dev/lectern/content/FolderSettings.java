package dev.lectern.content;

import dev.lectern.content.PageOptions.Written;
import java.util.Optional;

/**
 * What a folder says about itself in a Docusaurus category file ({@code _category_.json} or
 * {@code _category_.yml}): its label in navigation, its place among its siblings, whether its
 * entry starts expanded, and what its landing page is.
 *
 * @param file the category file, for messages
 * @param collapsed {@code false} keeps the folder's entry open in the navigation on every page
 */
public record FolderSettings(String file, Optional<String> label, Optional<Double> position,
    Optional<Boolean> collapsed, Optional<Landing> landing) {

  /**
   * The folder's landing page: one made up (Docusaurus' generated index), with an optional
   * title, description and URL; or one of the folder's pages (by id or path).
   *
   * @param page the page as written, when the landing is a page of the folder
   */
  public record Landing(Optional<Written> page, Optional<String> title,
      Optional<String> description, Optional<String> slug) {}
}
