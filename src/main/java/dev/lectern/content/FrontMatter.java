package dev.lectern.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The validated front matter of one Markdown file, in Lectern's terms whatever tool it was
 * written for ({@link FrontMatterKeys} is the table of every key understood).
 *
 * @param title the page's title: front matter's, else its leading {@code # heading}, else one
 *     made from its file name (empty until the page is parsed, when front matter has none)
 * @param weight order within its section; unweighted pages come after weighted ones
 * @param roles the roles this page matters to, with priority 1 (essential) to 3 (useful)
 * @param related hand-picked related pages as written ({@code concurrency/01-gil.md}), resolved
 *     against the site's pages when it is assembled
 * @param options everything else: navigation, table of contents, search, neighbours, and the
 *     keys kept for templates
 */
public record FrontMatter(
    String title,
    String description,
    Optional<String> slug,
    Optional<Double> weight,
    boolean draft,
    List<String> tags,
    Optional<LocalDate> date,
    Optional<LocalDate> updated,
    Optional<Level> level,
    List<RolePriority> roles,
    List<RelatedRef> related,
    PageOptions options) {

  /** Front matter with only a title and a description, everything else unset. */
  public static FrontMatter of(String title, String description) {
    return new FrontMatter(title, description, Optional.empty(), Optional.empty(), false,
        List.of(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(),
        PageOptions.DEFAULTS);
  }

  /** The label of the page in navigation: its own, else its title. */
  public String navTitle() {
    return options.navTitle().orElse(title);
  }

  /** A copy with the title decided and where it was written. */
  public FrontMatter withTitle(String newTitle, dev.lectern.diagnostic.SourcePosition at) {
    return new FrontMatter(newTitle, description, slug, weight, draft, tags, date, updated, level,
        roles, related, options.withTitleAt(at));
  }

  /** A copy with other options. */
  public FrontMatter withOptions(PageOptions newOptions) {
    return new FrontMatter(title, description, slug, weight, draft, tags, date, updated, level,
        roles, related, newOptions);
  }

  /** A related page as written in front matter, with where it was written. */
  public record RelatedRef(String written, dev.lectern.diagnostic.SourcePosition position) {}

  /** A role named in front matter and how much the page matters to it (1 = most). */
  public record RolePriority(String role, int priority) {}
}
