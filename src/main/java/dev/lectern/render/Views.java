package dev.lectern.render;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.List;

/**
 * The typed objects templates see. Only {@link PageView#content()} is pre-rendered HTML (a
 * {@link SafeString}); everything else is text that Pebble escapes.
 */
public final class Views {
  private Views() {}

  /**
   * Site-wide values. {@code copyright} is plain text; {@code extra} holds the configuration's
   * {@code extra} values for templates.
   */
  public record SiteView(String title, String description, String language, String author,
      String baseUrl, String repoUrl, String feedUrl, List<RoleView> roles,
      List<PlanView> plans, String copyright, java.util.Map<String, Object> extra) {}

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
   * script-safe JSON, one entry per script element. {@code heading} is the h1's HTML: the
   * page's leading heading as written, else its title; {@code headingId} that heading's id.
   * {@code navigation} false means the page is shown without the sidebar; {@code noindex} that
   * search engines should not index it. {@code params} holds the front-matter keys Lectern has
   * no meaning for. Made with {@link #builder}, which starts every value empty.
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
      String editUrl,
      SafeString heading,
      String headingId,
      boolean hideTitle,
      boolean navigation,
      boolean noindex,
      List<String> keywords,
      String image,
      java.util.Map<String, Object> params) {

    /** A builder for a page of {@code kind} titled {@code title}, everything else empty. */
    public static Builder builder(String kind, String title) {
      return new Builder(kind, title);
    }

    /** Named construction of a {@link PageView}; every value not set stays empty. */
    public static final class Builder {
      private final String kind;
      private final String title;
      private String description = "";
      private String metaDescription = "";
      private List<SafeString> jsonLd = List.of();
      private String url = "";
      private String canonicalUrl = "";
      private SafeString content = new SafeString("");
      private List<TocView> toc = List.of();
      private String levelId = "";
      private String levelLabel = "";
      private List<LinkView> tags = List.of();
      private List<RoleView> roles = List.of();
      private String date = "";
      private String updated = "";
      private int readingMinutes;
      private List<LinkView> breadcrumbs = List.of();
      private LinkView previous;
      private LinkView next;
      private List<ChapterView> chapters = List.of();
      private List<SectionView> sections = List.of();
      private List<ChapterView> related = List.of();
      private String editUrl = "";
      private SafeString heading;
      private String headingId = "";
      private boolean hideTitle;
      private boolean navigation = true;
      private boolean noindex;
      private List<String> keywords = List.of();
      private String image = "";
      private java.util.Map<String, Object> params = java.util.Map.of();

      private Builder(String kind, String title) {
        this.kind = kind;
        this.title = title;
        // Escaped as Pebble escapes text, so a page without a heading of its own shows its
        // title exactly as before.
        this.heading = new SafeString(org.unbescape.html.HtmlEscape.escapeHtml4Xml(title));
      }

      /** The h1's content (HTML) and id, when the page has a leading heading of its own. */
      public Builder heading(String html, String id) {
        this.heading = new SafeString(html);
        this.headingId = id;
        return this;
      }

      /** How the page shows: its h1 hidden visually, its sidebar, and for search engines. */
      public Builder display(boolean hideTitle, boolean navigation, boolean noindex) {
        this.hideTitle = hideTitle;
        this.navigation = navigation;
        this.noindex = noindex;
        return this;
      }

      /** The page's keywords, social image (absolute URL or "") and other front matter. */
      public Builder extras(List<String> keywords, String image,
          java.util.Map<String, Object> params) {
        this.keywords = keywords;
        this.image = image;
        this.params = params;
        return this;
      }

      /** The author's description; also the meta description unless one is set after it. */
      public Builder description(String text) {
        this.description = text;
        this.metaDescription = text;
        return this;
      }

      public Builder metaDescription(String text) {
        this.metaDescription = text;
        return this;
      }

      public Builder jsonLd(List<String> scripts) {
        this.jsonLd = scripts.stream().map(SafeString::new).toList();
        return this;
      }

      /** The root-relative and the absolute (canonical) URL. */
      public Builder urls(String url, String canonicalUrl) {
        this.url = url;
        this.canonicalUrl = canonicalUrl;
        return this;
      }

      public Builder content(String html) {
        this.content = new SafeString(html);
        return this;
      }

      public Builder toc(List<TocView> entries) {
        this.toc = entries;
        return this;
      }

      public Builder level(String id, String label) {
        this.levelId = id;
        this.levelLabel = label;
        return this;
      }

      public Builder tags(List<LinkView> links) {
        this.tags = links;
        return this;
      }

      public Builder roles(List<RoleView> list) {
        this.roles = list;
        return this;
      }

      /** Publication and last-update dates, ISO formatted or empty. */
      public Builder dates(String published, String lastUpdated) {
        this.date = published;
        this.updated = lastUpdated;
        return this;
      }

      public Builder readingMinutes(int minutes) {
        this.readingMinutes = minutes;
        return this;
      }

      public Builder breadcrumbs(List<LinkView> trail) {
        this.breadcrumbs = trail;
        return this;
      }

      /** The neighbours in reading order; null at the ends. */
      public Builder neighbours(LinkView before, LinkView after) {
        this.previous = before;
        this.next = after;
        return this;
      }

      public Builder chapters(List<ChapterView> list) {
        this.chapters = list;
        return this;
      }

      public Builder sections(List<SectionView> list) {
        this.sections = list;
        return this;
      }

      public Builder related(List<ChapterView> list) {
        this.related = list;
        return this;
      }

      public Builder editUrl(String url) {
        this.editUrl = url;
        return this;
      }

      public PageView build() {
        return new PageView(kind, title, description, metaDescription, jsonLd, url,
            canonicalUrl, content, toc, levelId, levelLabel, tags, roles, date, updated,
            readingMinutes, breadcrumbs, previous, next, chapters, sections, related, editUrl,
            heading, headingId, hideTitle, navigation, noindex, keywords, image, params);
      }
    }
  }
}
