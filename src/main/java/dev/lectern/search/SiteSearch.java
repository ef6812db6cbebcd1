package dev.lectern.search;

import dev.lectern.content.Level;
import dev.lectern.content.PageKind;
import dev.lectern.search.SearchPage.Kind;
import dev.lectern.search.SearchPage.PageInfo;
import dev.lectern.site.Page;
import dev.lectern.site.Section;
import dev.lectern.site.Site;
import dev.lectern.site.StudyPlans.StudyPlan;
import dev.lectern.site.TagPages.TagPage;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.markdown.ParsedMarkdown;
import dev.lectern.memo.Digester;
import dev.lectern.memo.Memo;
import dev.lectern.memo.MemoTable;

/**
 * Gathers the {@link SearchPage}s of a site in reading order (home, each section's landing page,
 * chapters and sub-sections, then tag and role pages) and writes the index.
 */
public final class SiteSearch {
  /** The type of the memo's values, for its cache file. */
  public static final java.lang.reflect.Type PAGE_TYPE = SearchPage.class;

  private SiteSearch() {}

  /**
   * The index files of {@code site}: output path → bytes. Each page's entry is a function of its
   * parsed Markdown and its {@link PageInfo}, and is kept in {@code memo} under both.
   */
  public static SortedMap<String, byte[]> files(Site site,
      Map<String, ParsedMarkdown> documents, Memo memo) {
    return SearchIndex.files(pages(site, documents, memo.table("search pages")));
  }

  static List<SearchPage> pages(Site site, Map<String, ParsedMarkdown> documents,
      MemoTable<SearchPage> memo) {
    List<Page> order = new ArrayList<>();
    Map<Page, String> sectionOf = new IdentityHashMap<>();
    order.add(site.home());
    sectionOf.put(site.home(), "");
    for (Section top : site.sections()) {
      walk(top, top.title(), order, sectionOf);
    }
    for (Page p : site.allPages()) {
      if (!sectionOf.containsKey(p)) {
        order.add(p);
        sectionOf.put(p, "");
      }
    }
    // Pages marked unlisted, or left out of search in front matter, are not indexed.
    List<SearchPage> pages = new ArrayList<>(order.parallelStream()
        .filter(p -> p.meta().options().searchable() && !p.meta().options().unlisted())
        .map(p -> page(site, p, sectionOf.get(p), documents.get(p.contentPath()), memo))
        .toList());
    for (TagPage tag : site.tags()) {
      pages.add(PageIndexer.listing(listingInfo(site, tag.sitePath(), tag.title(), "",
          Kind.TAG), titles(tag.chapters())));
    }
    for (StudyPlan plan : site.plans()) {
      pages.add(PageIndexer.listing(listingInfo(site, plan.sitePath(), plan.title(),
          plan.role().description(), Kind.ROLE),
          titles(plan.entries().stream().map(e -> e.page()).toList())));
    }
    return pages;
  }

  private static void walk(Section section, String top, List<Page> order,
      Map<Page, String> sectionOf) {
    if (sectionOf.putIfAbsent(section.landing(), top) == null) {
      order.add(section.landing());
    }
    for (Page p : section.pages()) {
      if (sectionOf.putIfAbsent(p, top) == null) {
        order.add(p);
      }
    }
    section.sections().forEach(s -> walk(s, top, order, sectionOf));
  }

  private static SearchPage page(Site site, Page page, String section, ParsedMarkdown parsed,
      MemoTable<SearchPage> memo) {
    PageInfo info = new PageInfo(site.config().url(page.sitePath()), page.meta().title(),
        page.meta().description(), section, page.meta().level().map(Level::label).orElse(""),
        kind(page.kind()), page.meta().options().searchCode());
    return memo.get(Digester.of("search page", parsed, info), new Diagnostics(),
        ignored -> PageIndexer.index(parsed.document(), info));
  }

  private static Kind kind(PageKind kind) {
    return switch (kind) {
      case HOME -> Kind.HOME;
      case SECTION -> Kind.SECTION;
      case PAGE -> Kind.CHAPTER;
    };
  }

  private static PageInfo listingInfo(Site site, String sitePath, String title,
      String description, Kind kind) {
    return new PageInfo(site.config().url(sitePath), title, description, "", "", kind, false);
  }

  private static List<String> titles(List<Page> pages) {
    return pages.stream().map(p -> p.meta().title()).toList();
  }
}
