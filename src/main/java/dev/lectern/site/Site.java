package dev.lectern.site;

import dev.lectern.config.SiteConfig;
import dev.lectern.content.PageOptions;
import dev.lectern.content.StaticFile;
import dev.lectern.memo.Digester;
import dev.lectern.memo.Fingerprint;
import dev.lectern.memo.Fingerprinted;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The assembled site: every page placed, sections ordered, the reading order of chapters, study
 * plans, tag pages and FAQ ownership. Immutable. It holds no parsed documents: it is what one
 * page's render may know about the others. Its fingerprint covers everything it is derived from.
 */
public final class Site implements Fingerprinted {
  private final SiteConfig config;
  private final Section root;
  private final List<Page> chapters;
  private final Map<String, Page> pages;
  private final List<StaticFile> staticFiles;
  private final PageDates dates;
  private final List<StudyPlans.StudyPlan> plans;
  private final List<TagPages.TagPage> tags;
  private final FaqOwners faqOwners;
  private final Map<String, List<String>> related;
  private final Navigation navigation;
  private final List<Page> readingOrder;
  private final List<StaticFile> rootFiles;
  private final java.util.Set<String> unreadable;
  private final Targets targets;
  private final PageReferences references;
  private final Map<Page, Integer> position = new IdentityHashMap<>();
  private final Map<Page, Integer> chapterIndex = new IdentityHashMap<>();
  private final SharedTags sharedTags;
  private final SectionIndex sectionIndex;
  private final Fingerprint fingerprint;

  /**
   * @param root the home page as the root section: chapters directly in the content folder and
   *     the top-level sections
   * @param chapters every chapter in reading order (section by section, depth first)
   * @param pages every page by content path
   * @param related the content paths of each page's {@code related} pages, by content path
   * @param parts the rest: navigation, reading order, the static folder, unreadable pages,
   *     where paths lead, and what front matter points at
   */
  Site(SiteConfig config, Section root, List<Page> chapters, Map<String, Page> pages,
      List<StaticFile> staticFiles, PageDates dates, FaqOwners faqOwners,
      Map<String, List<String>> related, Parts parts) {
    this.config = config;
    this.root = root;
    this.chapters = List.copyOf(chapters);
    this.pages = pages;
    this.staticFiles = List.copyOf(staticFiles);
    this.dates = dates;
    this.faqOwners = faqOwners;
    this.related = Map.copyOf(related);
    this.navigation = parts.navigation();
    this.readingOrder = List.copyOf(parts.readingOrder());
    this.rootFiles = List.copyOf(parts.rootFiles());
    this.unreadable = java.util.Set.copyOf(parts.unreadable());
    this.targets = parts.targets();
    this.references = parts.references();
    for (int i = 0; i < readingOrder.size(); i++) {
      position.put(readingOrder.get(i), i);
    }
    for (int i = 0; i < this.chapters.size(); i++) {
      chapterIndex.put(this.chapters.get(i), i);
    }
    this.plans = StudyPlans.of(config.roles(), this.chapters);
    this.tags = TagPages.of(this.chapters);
    this.sharedTags = new SharedTags(this.chapters);
    this.sectionIndex = new SectionIndex(root);
    // Plans, tags and the reading order follow from these. Each page is digested once, in
    // the page map; the section tree, navigation and reading order name it.
    PageRefs refs = new PageRefs(pages);
    this.fingerprint = Digester.of("site", config, pages, refs.section(root),
        staticFiles.stream().map(StaticFile::contentPath).toList(), dates, faqOwners,
        new java.util.TreeMap<>(related), refs.nav(navigation.top()), navigation.configured(),
        refs.refs(readingOrder), rootFiles.stream().map(StaticFile::contentPath).toList(),
        new java.util.TreeSet<>(unreadable), references);
  }

  /** The parts of a site beyond its pages and sections. */
  record Parts(Navigation navigation, List<Page> readingOrder, List<StaticFile> rootFiles,
      java.util.Set<String> unreadable, Targets targets, PageReferences references) {}

  @Override
  public Fingerprint fingerprint() {
    return fingerprint;
  }

  public SiteConfig config() {
    return config;
  }

  public Section root() {
    return root;
  }

  public List<Page> chapters() {
    return chapters;
  }

  /** Every page by content path. */
  public Map<String, Page> pages() {
    return pages;
  }

  public List<StaticFile> staticFiles() {
    return staticFiles;
  }

  public PageDates dates() {
    return dates;
  }

  /** A study plan per role of site.yml. */
  public List<StudyPlans.StudyPlan> plans() {
    return plans;
  }

  /** A page per tag. */
  public List<TagPages.TagPage> tags() {
    return tags;
  }

  /** Which page's structured data carries each FAQ question. */
  public FaqOwners faqOwners() {
    return faqOwners;
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

  /**
   * The page before {@code page} in reading order (the navigation's order when the
   * configuration writes one), or the one its front matter names; none when it says so.
   */
  public Optional<Page> previous(Page page) {
    if (page.meta().options().previous().kind() == PageOptions.Neighbour.Kind.NONE) {
      return Optional.empty();
    }
    String chosen = references.previous().get(page.contentPath());
    if (chosen != null) {
      return Optional.ofNullable(pages.get(chosen));
    }
    int i = position.getOrDefault(page, -1);
    return i > 0 ? Optional.of(readingOrder.get(i - 1)) : Optional.empty();
  }

  /** Likewise, the page after {@code page}. */
  public Optional<Page> next(Page page) {
    if (page.meta().options().next().kind() == PageOptions.Neighbour.Kind.NONE) {
      return Optional.empty();
    }
    String chosen = references.next().get(page.contentPath());
    if (chosen != null) {
      return Optional.ofNullable(pages.get(chosen));
    }
    int i = position.getOrDefault(page, -1);
    return i >= 0 && i < readingOrder.size() - 1 ? Optional.of(readingOrder.get(i + 1))
        : Optional.empty();
  }

  /** The navigation: from the folders, or from the configuration's {@code nav}. */
  public Navigation navigation() {
    return navigation;
  }

  /** The files of the static folder, published at the site's root. */
  public List<StaticFile> rootFiles() {
    return rootFiles;
  }

  /** The Markdown files whose front matter is broken: not built, links to them not checked. */
  public java.util.Set<String> unreadable() {
    return unreadable;
  }

  /** Where paths written in content lead. */
  Targets targets() {
    return targets;
  }

  /** The absolute URL of the page's social image, if it has one. */
  public Optional<String> image(Page page) {
    return Optional.ofNullable(references.images().get(page.contentPath()));
  }

  /** Redirecting output files ({@code old/index.html}) and the pages they lead to. */
  public Map<String, Page> aliases() {
    Map<String, Page> aliases = new java.util.TreeMap<>();
    references.aliases().forEach((file, target) -> aliases.put(file, pages.get(target)));
    return aliases;
  }

  /**
   * Up to {@code limit} chapters to read next: the page's {@code related} front matter (resolved
   * when the site was assembled), else the chapters sharing most tags with it (ties in reading
   * order). Drafts left out of the build and the page itself are never listed.
   */
  public List<Page> related(Page page, int limit) {
    List<Page> picked = related.getOrDefault(page.contentPath(), List.of()).stream().map(pages::get)
        .filter(p -> p != null && p != page).limit(limit).toList();
    if (!picked.isEmpty() || page.meta().tags().isEmpty()) {
      return picked;
    }
    return sharedTags.top(page, chapterIndex.getOrDefault(page, -1), limit);
  }

  /** The section a page belongs to; for a landing page, the section it opens. */
  public Section sectionOf(Page page) {
    return sectionIndex.sectionOf(page);
  }

  /** True if {@code section} is the page's section or one above it. */
  public boolean isAround(Section section, Page page) {
    return sectionIndex.sectionsAround(page).contains(section);
  }

  /**
   * The pages from home down to the page's parent, for breadcrumbs; empty for home. When the
   * configuration writes the navigation and lists the page, its groups give the trail.
   */
  public List<Page> ancestors(Page page) {
    if (page == home()) {
      return List.of();
    }
    return navigation.trail(page).map(trail -> {
      List<Page> chain = new java.util.ArrayList<>();
      chain.add(home());
      trail.stream().filter(p -> p != home()).forEach(chain::add);
      return List.copyOf(chain);
    }).orElseGet(() -> sectionIndex.ancestors(page));
  }
}
