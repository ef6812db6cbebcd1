package dev.lectern.site;

import dev.lectern.config.SiteConfig;
import dev.lectern.content.StaticFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The assembled site: every page placed, sections ordered, and the reading order of chapters.
 *
 * @param root the home page as the root section: chapters directly in {@code content/} and the
 *     top-level sections
 * @param chapters every chapter in reading order (section by section, depth first)
 * @param pages every page by content path
 * @param dates when each page was published and last changed
 * @param plans a study plan per role of site.yml
 * @param tags a page per tag
 * @param position each chapter's index in {@code chapters}, by identity (a page's own hash code
 *     would hash its whole Markdown)
 * @param faqOwners which page's structured data carries each FAQ question
 * @param sharedTags chapters by tag, for related chapters
 * @param sectionIndex each page's section and each section's parent
 */
public record Site(
    SiteConfig config,
    Section root,
    List<Page> chapters,
    Map<String, Page> pages,
    List<StaticFile> staticFiles,
    PageDates dates,
    List<StudyPlans.StudyPlan> plans,
    List<TagPages.TagPage> tags,
    Map<Page, Integer> position,
    FaqOwners faqOwners,
    SharedTags sharedTags,
    SectionIndex sectionIndex) {

  /** A site whose plans, tags and reading positions are derived from its chapters. */
  static Site of(SiteConfig config, Section root, List<Page> chapters, Map<String, Page> pages,
      List<StaticFile> staticFiles, PageDates dates) {
    Map<Page, Integer> position = new java.util.IdentityHashMap<>();
    for (int i = 0; i < chapters.size(); i++) {
      position.put(chapters.get(i), i);
    }
    List<Page> byPath = pages.values().stream().sorted(Comparator.comparing(Page::sitePath))
        .toList();
    return new Site(config, root, chapters, pages, staticFiles, dates,
        StudyPlans.of(config.roles(), chapters), TagPages.of(chapters),
        java.util.Collections.unmodifiableMap(position), FaqOwners.of(chapters, byPath),
        new SharedTags(chapters), new SectionIndex(root));
  }

  public Page home() {
    return root.landing();
  }

  /** The top-level sections, in order. */
  public List<Section> sections() {
    return root.sections();
  }

  /** Every page: home, section landings and chapters, in site-path order. */
  public List<Page> allPages() {
    return pages.values().stream().sorted(Comparator.comparing(Page::sitePath)).toList();
  }

  public Optional<Page> previous(Page page) {
    int i = position.getOrDefault(page, -1);
    return i > 0 ? Optional.of(chapters.get(i - 1)) : Optional.empty();
  }

  public Optional<Page> next(Page page) {
    int i = position.getOrDefault(page, -1);
    return i >= 0 && i < chapters.size() - 1 ? Optional.of(chapters.get(i + 1)) : Optional.empty();
  }

  /**
   * Up to {@code limit} chapters to read next: the page's {@code related} front matter, else the
   * chapters sharing most tags with it (ties in reading order). Drafts left out of the build and
   * the page itself are never listed.
   */
  public List<Page> related(Page page, int limit) {
    List<Page> picked = page.meta().related().stream().map(pages::get)
        .filter(p -> p != null && p != page).limit(limit).toList();
    if (!picked.isEmpty() || page.meta().tags().isEmpty()) {
      return picked;
    }
    return sharedTags.top(page, position.getOrDefault(page, -1), limit);
  }

  /** The section a page belongs to; for a landing page, the section it opens. */
  public Section sectionOf(Page page) {
    return sectionIndex.sectionOf(page);
  }

  /** True if {@code section} is the page's section or one above it. */
  public boolean isAround(Section section, Page page) {
    return sectionIndex.sectionsAround(page).contains(section);
  }

  /** The pages from home down to the page's parent, for breadcrumbs; empty for home. */
  public List<Page> ancestors(Page page) {
    return sectionIndex.ancestors(page);
  }
}
