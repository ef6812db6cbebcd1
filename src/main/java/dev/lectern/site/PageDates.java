package dev.lectern.site;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * When pages were published and last changed: front matter's {@code date} and {@code updated}
 * first, the file's last git commit otherwise.
 */
public record PageDates(Map<String, LocalDate> lastCommits) {

  public static PageDates none() {
    return new PageDates(Map.of());
  }

  public Optional<LocalDate> published(Page page) {
    return page.meta().date().or(() -> lastCommit(page));
  }

  public Optional<LocalDate> modified(Page page) {
    return page.meta().updated().or(() -> lastCommit(page)).or(() -> page.meta().date());
  }

  /** When the page last changed, if known: front matter's {@code updated}, else its last commit. */
  public Optional<LocalDate> lastChanged(Page page) {
    return page.meta().updated().or(() -> lastCommit(page));
  }

  private Optional<LocalDate> lastCommit(Page page) {
    return page.generated() ? Optional.empty()
        : Optional.ofNullable(lastCommits.get(page.contentPath()));
  }
}
