package dev.lectern.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The validated front matter of one Markdown file.
 *
 * @param weight order within its section; unweighted pages come after weighted ones
 * @param roles the roles this page matters to, with priority 1 (essential) to 3 (useful)
 * @param related hand-picked related pages as written ({@code concurrency/01-gil.md}), resolved
 *     against the site's pages when it is assembled
 * @param searchCode whether site search indexes the page's code blocks ({@code search: {code:
 *     true}})
 */
public record FrontMatter(
    String title,
    String description,
    Optional<String> slug,
    Optional<Integer> weight,
    boolean draft,
    List<String> tags,
    Optional<LocalDate> date,
    Optional<LocalDate> updated,
    Optional<Level> level,
    List<RolePriority> roles,
    List<RelatedRef> related,
    boolean searchCode) {

  /** Front matter with only a title and a description, everything else unset. */
  public static FrontMatter of(String title, String description) {
    return new FrontMatter(title, description, Optional.empty(), Optional.empty(), false,
        List.of(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(), false);
  }

  /** A related page as written in front matter, with where it was written. */
  public record RelatedRef(String written, dev.lectern.diagnostic.SourcePosition position) {}

  /** A role named in front matter and how much the page matters to it (1 = most). */
  public record RolePriority(String role, int priority) {}
}
