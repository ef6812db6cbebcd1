package dev.lectern.render;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.List;

/**
 * The typed objects templates see. Only {@link PageView#content()} is pre-rendered HTML (a
 * {@link SafeString}); everything else is text that Pebble escapes.
 */
public final class Views {
  private Views() {}

  /** Site-wide values. */
  public record SiteView(String title, String description, String language, String author,
      String baseUrl, String repoUrl, String feedUrl, List<RoleView> roles,
      List<PlanView> plans) {}

  /** A role's study plan, as the hub lists it. */
  public record PlanView(String id, String title, String description, String url, int chapters) {}

  /** A role of readers; {@code priority} is 0 where no page is concerned. */
  public record RoleView(String id, String title, String description, int priority) {}

  /** An entry of a page's table of contents, with the sub-headings under it. */
  public record TocView(String text, String id, List<TocView> children) {}

  /** A link with its text. */
  public record LinkView(String title, String url) {}

  /** An entry of the navigation; {@code current} marks the page being viewed or its section. */
  public record NavEntry(String title, String url, boolean current, List<NavEntry> children) {}

  /**
   * A chapter as listed on hub, section and study-plan pages; {@code priority} is the label of its
   * priority for a role ("Essential", "Important", "Useful"), or empty.
   */
  public record ChapterView(String title, String url, String description, String levelId,
      String levelLabel, int readingMinutes, String priority) {}

  /** A section with its chapters, for the hub. */
  public record SectionView(String title, String url, String description,
      List<ChapterView> chapters) {}

  /**
   * One page. Optional values are empty strings or empty lists, except {@code previous} and
   * {@code next}, which are null at the ends of the reading order. {@code description} is the
   * author's; {@code metaDescription} falls back to the first paragraph. {@code jsonLd} holds
   * script-safe JSON, one entry per script element.
   */
  public record PageView(
      String kind,
      String title,
      String description,
      String metaDescription,
      List<SafeString> jsonLd,
      String url,
      String canonicalUrl,
      SafeString content,
      List<TocView> toc,
      String levelId,
      String levelLabel,
      List<LinkView> tags,
      List<RoleView> roles,
      String date,
      String updated,
      int readingMinutes,
      List<LinkView> breadcrumbs,
      LinkView previous,
      LinkView next,
      List<ChapterView> chapters,
      List<SectionView> sections,
      List<ChapterView> related,
      String editUrl) {}
}
