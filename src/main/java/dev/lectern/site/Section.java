package dev.lectern.site;

import java.util.List;
import java.util.Optional;

/**
 * A folder of content: its landing page, its chapters in reading order and its sub-sections.
 *
 * @param label the folder's label in navigation, from its category file, if it has one
 * @param expanded true if the folder's entry in navigation is open on every page
 */
public record Section(Page landing, List<Page> pages, List<Section> sections,
    Optional<String> label, boolean expanded) {

  public Section(Page landing, List<Page> pages, List<Section> sections) {
    this(landing, pages, sections, Optional.empty(), false);
  }

  public String title() {
    return landing.meta().title();
  }

  /** The section's label in navigation: its category's label, else its landing page's. */
  public String navTitle() {
    return label.orElse(landing.meta().navTitle());
  }
}
