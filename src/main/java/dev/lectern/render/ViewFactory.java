package dev.lectern.render;

import dev.lectern.config.SiteConfig;
import dev.lectern.content.FrontMatter;
import dev.lectern.content.Level;
import dev.lectern.content.PageKind;
import dev.lectern.markdown.TocEntry;
import dev.lectern.render.Views.ChapterView;
import dev.lectern.render.Views.LinkView;
import dev.lectern.render.Views.NavEntry;
import dev.lectern.render.Views.PageView;
import dev.lectern.render.Views.RoleView;
import dev.lectern.render.Views.SectionView;
import dev.lectern.render.Views.SiteView;
import dev.lectern.render.Views.TocView;
import dev.lectern.content.PageOptions;
import dev.lectern.site.NavNode;
import dev.lectern.site.Page;
import dev.lectern.site.Section;
import dev.lectern.site.Site;
import dev.lectern.site.TagPages.TagPage;
import dev.lectern.site.StudyPlans.StudyPlan;
import dev.lectern.render.Views.PlanView;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Builds the template views of a site and its pages. Stateless; safe to share between threads. */
final class ViewFactory {
  private static final String[] PRIORITIES = {"Essential", "Important", "Useful"};
  /** How many related guides a chapter lists. */
  private static final int RELATED = 3;
  /** Up to this many chapters, every page's navigation lists them all. */
  static final int WHOLE_NAV = 200;
  private final Site site;
  private final SiteConfig config;

  private final String copyright;

  ViewFactory(Site site) {
    this.site = site;
    this.config = site.config();
    // MkDocs writes the copyright as HTML; templates get its text.
    this.copyright = org.jsoup.Jsoup.parse(config.copyright()).text();
  }

  SiteView site() {
    List<RoleView> roles = config.roles().stream()
        .map(r -> new RoleView(r.id(), r.title(), r.description(), 0)).toList();
    return new SiteView(config.title(), config.description(), config.language(), config.author(),
        config.baseUrl().toString(), config.repoUrl().orElse(""),
        config.url(dev.lectern.seo.SiteFiles.FEED), roles,
        site.plans().stream().map(p -> new PlanView(p.role().id(), p.role().title(),
            p.role().description(), config.url(p.sitePath()), p.entries().size())).toList(),
        copyright, config.extra());
  }

  PageView page(Page page, List<TocEntry> headings, String html, String metaDescription,
      List<String> jsonLd, Optional<Heading> heading) {
    FrontMatter meta = page.meta();
    PageOptions options = meta.options();
    Section section = site.sectionOf(page);
    boolean landing = section.landing() == page;
    // "Last updated" when that is known; a page with only a publication date shows that.
    PageView.Builder view = PageView.builder(page.kind().name().toLowerCase(
        java.util.Locale.ROOT), meta.title())
        .description(meta.description()).metaDescription(metaDescription).jsonLd(jsonLd)
        .urls(url(page), config.absoluteUrl(page.sitePath())).content(html)
        .toc(options.toc().shown() ? toc(headings, options.toc()) : List.of())
        .level(meta.level().map(Level::id).orElse(""), meta.level().map(Level::label).orElse(""))
        .tags(meta.tags().stream().map(t -> new LinkView(t,
            config.url(dev.lectern.site.TagPages.sitePath(t)))).toList())
        .roles(roles(meta))
        .dates(date(site.dates().published(page)),
            options.showUpdated() ? date(site.dates().lastChanged(page)) : "")
        .readingMinutes(page.readingMinutes()).breadcrumbs(breadcrumbs(page))
        .neighbours(options.pager() ? neighbour(site.previous(page), options.previous()) : null,
            options.pager() ? neighbour(site.next(page), options.next()) : null)
        .chapters(landing ? chapters(section) : List.of())
        .sections(landing ? section.sections().stream().map(this::section).toList() : List.of())
        .related(page.kind() == PageKind.PAGE
            ? site.related(page, RELATED).stream().map(this::chapter).toList() : List.of())
        .editUrl(editUrl(page))
        .display(options.hideTitle(), options.navigation(), options.unlisted())
        .extras(options.keywords(), site.image(page).orElse(""), options.params());
    heading.ifPresent(h -> view.heading(h.html(), h.id()));
    return view.build();
  }

  /** A page's own h1: its leading heading's HTML and id. */
  record Heading(String html, String id) {}

  private LinkView neighbour(Optional<Page> page, PageOptions.Neighbour written) {
    return page.map(p -> new LinkView(written.label().orElse(navTitle(p)), url(p)))
        .orElse(null);
  }

  /** The section a page belongs to (for a landing page, the one it opens), with its chapters. */
  SectionView sectionOf(Page page) {
    return section(site.sectionOf(page));
  }

  /** The view of the not-found page: no content of its own, links back to the hub. */
  PageView notFound() {
    return PageView.builder("404", "Page not found")
        .urls(config.url("404.html"), config.absoluteUrl("404.html"))
        .breadcrumbs(List.of(link(site.home())))
        .sections(site.sections().stream().map(this::section).toList())
        .build();
  }

  /**
   * The navigation as seen from {@code current}. On sites of up to {@link #WHOLE_NAV} chapters
   * every group lists its entries (the theme collapses all but the open ones); on larger ones a
   * group's entries are listed only on the way to the current page (or when the group is
   * expanded), so a page's navigation grows with the number of groups, not of pages.
   */
  List<NavEntry> navigation(Page current) {
    Set<NavNode> open = site.navigation().openOn(current);
    return site.navigation().top().stream().map(n -> nav(n, current, open)).toList();
  }

  private NavEntry nav(NavNode node, Page current, Set<NavNode> open) {
    String href = node.link().orElse(node.page().map(this::url).orElse(""));
    if (node.children().isEmpty()) {
      return new NavEntry(node.title(), href, node.page().filter(p -> p == current).isPresent(),
          List.of());
    }
    boolean shown = open.contains(node) || node.expanded();
    boolean listed = shown || site.chapters().size() <= WHOLE_NAV;
    List<NavEntry> children = !listed ? List.of()
        : node.children().stream().map(n -> nav(n, current, open)).toList();
    return new NavEntry(node.title(), href, shown, children);
  }

  /**
   * The headings from level {@code toc.minLevel()} to {@code toc.maxLevel()}, each nested under
   * the closest heading above it of a lower level; a heading with none stands alone (so by
   * default, level-2 headings with their level-3 headings inside).
   */
  private static List<TocView> toc(List<TocEntry> headings, PageOptions.Toc toc) {
    List<TocView> top = new java.util.ArrayList<>();
    java.util.Deque<Map.Entry<Integer, List<TocView>>> open = new java.util.ArrayDeque<>();
    for (TocEntry h : headings) {
      if (h.level() < toc.minLevel() || h.level() > toc.maxLevel()) {
        continue;
      }
      while (!open.isEmpty() && open.peek().getKey() >= h.level()) {
        open.pop();
      }
      List<TocView> under = new java.util.ArrayList<>();
      (open.isEmpty() ? top : open.peek().getValue()).add(new TocView(h.text(), h.id(), under));
      open.push(Map.entry(h.level(), under));
    }
    return List.copyOf(top);
  }

  private List<RoleView> roles(FrontMatter meta) {
    return meta.roles().stream().map(rp -> config.role(rp.role())
        .map(r -> new RoleView(r.id(), r.title(), r.description(), rp.priority()))
        .orElseThrow()).toList();
  }

  private List<LinkView> breadcrumbs(Page page) {
    return site.ancestors(page).stream().map(this::link).toList();
  }

  /** A section's chapters as listed: unlisted pages are built, but listed nowhere. */
  private List<ChapterView> chapters(Section section) {
    return section.pages().stream().filter(p -> !p.meta().options().unlisted())
        .map(this::chapter).toList();
  }

  private ChapterView chapter(Page p) {
    return chapter(p, "");
  }

  private ChapterView chapter(Page p, String priority) {
    FrontMatter m = p.meta();
    return new ChapterView(m.title(), url(p), m.description(), m.level().map(Level::id).orElse(""),
        m.level().map(Level::label).orElse(""), p.readingMinutes(), priority);
  }

  /** The view of a tag's page. */
  PageView tag(TagPage tag, List<String> jsonLd) {
    int n = tag.chapters().size();
    String description = n + (n == 1 ? " chapter" : " chapters") + " of " + config.title()
        + " tagged \u201c" + tag.name() + "\u201d, in reading order.";
    return PageView.builder("tag", tag.title())
        .description(description).jsonLd(jsonLd)
        .urls(config.url(tag.sitePath()), config.absoluteUrl(tag.sitePath()))
        .breadcrumbs(List.of(link(site.home())))
        .chapters(tag.chapters().stream().map(this::chapter).toList())
        .build();
  }

  /** The view of a role's study plan page. */
  PageView plan(StudyPlan plan, List<String> jsonLd) {
    String description = plan.role().description().isBlank()
        ? "The chapters of " + config.title() + " for a " + plan.role().title() + ", by priority."
        : plan.role().description();
    return PageView.builder("role", plan.title())
        .description(description).jsonLd(jsonLd)
        .urls(config.url(plan.sitePath()), config.absoluteUrl(plan.sitePath()))
        .breadcrumbs(List.of(link(site.home())))
        .chapters(plan.entries().stream()
            .map(e -> chapter(e.page(), PRIORITIES[e.priority() - 1])).toList())
        .build();
  }

  private SectionView section(Section s) {
    return new SectionView(s.title(), url(s.landing()), s.landing().meta().description(),
        chapters(s));
  }

  private LinkView link(Page p) {
    return new LinkView(navTitle(p), url(p));
  }

  /** A page's label in links: its navigation entry's, else its own navigation title. */
  private String navTitle(Page p) {
    return site.navigation().titleOf(p).orElse(p.meta().navTitle());
  }

  private String url(Page p) {
    return config.url(p.sitePath());
  }

  private String editUrl(Page page) {
    PageOptions options = page.meta().options();
    if (page.generated() || !options.editable()) {
      return "";
    }
    return options.editUrl().or(() -> config.editUrl(page.contentPath())).orElse("");
  }

  private static String date(Optional<LocalDate> date) {
    return date.map(LocalDate::toString).orElse("");
  }
}
