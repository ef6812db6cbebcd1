package dev.lectern.site;

import java.util.List;

/**
 * A folder of content with an {@code _index.md}: its landing page, its chapters in reading order
 * and its sub-sections.
 */
public record Section(Page landing, List<Page> pages, List<Section> sections) {

  public String title() {
    return landing.meta().title();
  }
}
