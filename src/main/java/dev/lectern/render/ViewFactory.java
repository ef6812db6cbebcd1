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
import dev.lectern.site.Page;
import dev.lectern.site.Section;
import dev.lectern.site.Site;
import dev.lectern.site.TagPages.TagPage;
import dev.lectern.site.StudyPlans.StudyPlan;
import dev.lectern.render.Views.PlanView;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Builds the template views of a site and its pages. Stateless; safe to share between threads. */
final class ViewFactory {
  private static final String[] PRIORITIES = {"Essential", "Important", "Useful"};
  /** How many related guides a chapter lists. */
  private static final int RELATED = 3;
  /** Up to this many chapters, every page's navigation lists them all. */
  static final int WHOLE_NAV = 200;
  private final Site site;
  private final SiteConfig config;

  ViewFactory(Site site) {
    this.site = site;
    this.config = site.config();
  }

  SiteView site() {
    List<RoleView> roles = config.roles().stream()
        .map(r -> new RoleView(r.id(), r.title(), r.description(), 0)).toList();
    return new SiteView(config.title(), config.description(), config.language(), config.author(),
        config.baseUrl().toString(), config.repoUrl().orElse(""),
        config.url(dev.lectern.seo.SiteFiles.FEED), roles,
        site.plans().stream().map(p -> new PlanView(p.role().id(), p.role().title(),
            p.role().description(), config.url(p.sitePath()), p.entries().size())).toList());
  }

  PageView page(Page page, List<TocEntry> headings, String html, String metaDescription,
      List<String> jsonLd) {
    FrontMatter meta = page.meta();
    Section section = site.sectionOf(page);
    boolean landing = section.landing() == page;
    // "Last updated" when that is known; a page with only a publication date shows that.
    return PageView.builder(page.kind().name().toLowerCase(java.util.Locale.ROOT), meta.title())
        .description(meta.description()).metaDescription(metaDescription).jsonLd(jsonLd)
        .urls(url(page), config.absoluteUrl(page.sitePath())).content(html).toc(toc(headings))
        .level(meta.level().map(Level::id).orElse(""), meta.level().map(Level::label).orElse(""))
        .tags(meta.tags().stream().map(t -> new LinkView(t,
            config.url(dev.lectern.site.TagPages.sitePath(t)))).toList())
        .roles(roles(meta))
        .dates(date(site.dates().published(page)), date(site.dates().lastChanged(page)))
        .readingMinutes(page.readingMinutes()).breadcrumbs(breadcrumbs(page))
        .neighbours(site.previous(page).map(this::link).orElse(null),
            site.next(page).map(this::link).orElse(null))
        .chapters(landing ? chapters(section) : List.of())
        .sections(landing ? section.sections().stream().map(this::section).toList() : List.of())
        .related(page.kind() == PageKind.PAGE
            ? site.related(page, RELATED).stream().map(this::chapter).toList() : List.of())
        .editUrl(editUrl(page))
        .build();
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

  /** The navigation as seen from {@code current}: sections and their chapters. */
  List<NavEntry> navigation(Page current) {
    List<NavEntry> top = site.root().pages().stream().map(p -> nav(p, current)).toList();
    List<NavEntry> sections = site.sections().stream().map(s -> nav(s, current)).toList();
    return java.util.stream.Stream.concat(top.stream(), sections.stream()).toList();
  }

  /**
   * A section's entry. On sites of up to {@link #WHOLE_NAV} chapters every section lists its
   * chapters and sub-sections (the theme collapses all but the current one); on larger ones only
   * the sections on the path to the current page do, so a page's navigation grows with the
   * number of sections, not of chapters.
   */
  private NavEntry nav(Section s, Page current) {
    boolean open = s.landing() == current || site.isAround(s, current);
    boolean listed = open || site.chapters().size() <= WHOLE_NAV;
    List<NavEntry> children = !listed ? List.of() : java.util.stream.Stream.concat(
        s.pages().stream().map(p -> nav(p, current)),
        s.sections().stream().map(sub -> nav(sub, current))).toList();
    return new NavEntry(s.title(), url(s.landing()), open, children);
  }

  private NavEntry nav(Page p, Page current) {
    return new NavEntry(p.meta().title(), url(p), p == current, List.of());
  }

  /** Level-2 headings with their level-3 headings nested; a stray h3 before any h2 stands alone. */
  private static List<TocView> toc(List<TocEntry> headings) {
    List<TocView> top = new java.util.ArrayList<>();
    List<TocView> under = null;
    for (TocEntry h : headings) {
      if (h.level() == 2) {
        under = new java.util.ArrayList<>();
        top.add(new TocView(h.text(), h.id(), under));
      } else if (h.level() == 3) {
        (under == null ? top : under).add(new TocView(h.text(), h.id(), List.of()));
      }
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

  private List<ChapterView> chapters(Section section) {
    return section.pages().stream().map(this::chapter).toList();
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
    return new LinkView(p.meta().title(), url(p));
  }

  private String url(Page p) {
    return config.url(p.sitePath());
  }

  private String editUrl(Page page) {
    return page.generated() ? "" : config.repoUrl().map(repo -> repo.replaceAll("/+$", "") + "/edit/"
        + config.editBranch() + "/content/" + page.contentPath()).orElse("");
  }

  private static String date(Optional<LocalDate> date) {
    return date.map(LocalDate::toString).orElse("");
  }
}
