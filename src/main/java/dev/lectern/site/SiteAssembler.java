package dev.lectern.site;

import dev.lectern.config.SiteConfig;
import dev.lectern.content.ContentPaths;
import dev.lectern.content.FrontMatter;
import dev.lectern.content.PageKind;
import dev.lectern.content.SourcePage;
import dev.lectern.content.StaticFile;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.diagnostic.SourcePosition;
import dev.lectern.diagnostic.Suggestions;
import dev.lectern.markdown.faq.FaqProcessor;
import dev.lectern.markdown.ParsedMarkdown;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The assemble stage: places pages at URLs (reporting two pages at one URL), gives every folder
 * with pages a landing page (made up from the folder's name where {@code _index.md} is missing,
 * and from site.yml for the home page), orders sections and chapters by {@code weight} then file
 * name, and derives the reading order. A pure function of its input.
 */
public final class SiteAssembler {
  private static final Comparator<Page> ORDER = Comparator
      .comparing((Page p) -> p.meta().weight().isEmpty())
      .thenComparing(p -> p.meta().weight().orElse(0))
      .thenComparing(Page::contentPath);

  private SiteAssembler() {}

  /** The assembled site and every page's parsed Markdown (generated landings included). */
  public record Assembled(Site site, Map<String, ParsedMarkdown> documents) {}

  /**
   * @param markdownPaths every Markdown file's content path, drafts included, for {@code related}
   */
  public static Optional<Assembled> assemble(SiteConfig config, List<ParsedMarkdown> parsed,
      List<StaticFile> staticFiles, Set<String> markdownPaths, PageDates dates,
      Diagnostics diagnostics) {
    Map<String, Page> pages = new TreeMap<>();
    Map<String, ParsedMarkdown> documents = new TreeMap<>();
    for (ParsedMarkdown p : parsed) {
      SourcePage s = p.source();
      pages.put(s.contentPath(), new Page(s.contentPath(), s.file(), s.kind(), s.meta(),
          Urls.pagePath(s.contentPath(), s.meta().slug()), false,
          Page.readingMinutes(p.words())));
      documents.put(s.contentPath(), p);
    }
    addMissingLandings(config, pages, documents);
    reportDuplicateUrls(pages.values(), diagnostics);
    Map<String, List<String>> related = related(parsed, markdownPaths, diagnostics);
    Page home = pages.get(PageKind.INDEX_FILE);
    if (diagnostics.hasErrors()) {
      return Optional.empty();
    }
    Section root = section(home, "", pages);
    List<Page> chapters = new ArrayList<>();
    addReadingOrder(root, chapters);
    Site site = new Site(config, root, List.copyOf(chapters),
        java.util.Collections.unmodifiableMap(new LinkedHashMap<>(pages)), staticFiles, dates,
        faqOwners(chapters, pages, documents), related);
    return Optional.of(new Assembled(site,
        java.util.Collections.unmodifiableMap(documents)));
  }

  /** Each page's {@code related} front matter resolved to content paths; unknown ones reported. */
  private static Map<String, List<String>> related(List<ParsedMarkdown> parsed,
      Set<String> markdownPaths, Diagnostics diagnostics) {
    Map<String, List<String>> related = new TreeMap<>();
    for (ParsedMarkdown p : parsed) {
      List<String> resolved = new ArrayList<>();
      for (FrontMatter.RelatedRef ref : p.source().meta().related()) {
        Optional<String> target = ContentPaths.resolve(p.source().contentPath(), ref.written(),
            markdownPaths);
        if (target.isPresent()) {
          resolved.add(target.get());
        } else {
          diagnostics.error(ref.position(), "related page '" + ref.written()
              + "' does not exist", Suggestions.didYouMean(ref.written(), markdownPaths));
        }
      }
      if (!resolved.isEmpty()) {
        related.put(p.source().contentPath(), List.copyOf(resolved));
      }
    }
    return related;
  }

  /** FAQ ownership: chapters in reading order first, then every page by URL. */
  private static FaqOwners faqOwners(List<Page> chapters, Map<String, Page> pages,
      Map<String, ParsedMarkdown> documents) {
    List<Page> order = new ArrayList<>(chapters);
    pages.values().stream().sorted(Comparator.comparing(Page::sitePath)).forEach(order::add);
    List<Map.Entry<String, List<String>>> questions = new ArrayList<>();
    for (Page page : order) {
      documents.get(page.contentPath()).data(FaqProcessor.QUESTIONS).ifPresent(q ->
          questions.add(Map.entry(page.contentPath(), q.questions())));
    }
    return FaqOwners.of(questions);
  }

  private static void reportDuplicateUrls(Iterable<Page> pages, Diagnostics diagnostics) {
    Map<String, List<Page>> byPath = new TreeMap<>();
    pages.forEach(p -> byPath.computeIfAbsent(p.sitePath(), k -> new ArrayList<>()).add(p));
    byPath.forEach((path, same) -> {
      for (Page p : same) {
        if (same.size() > 1) {
          String others = String.join(", ", same.stream().filter(o -> o != p)
              .map(Page::file).toList());
          diagnostics.error(new SourcePosition(p.file(), 1, 1),
              "URL /" + path + " is also produced by " + others,
              "rename one of the files or give it another 'slug' in its front matter");
        }
      }
    });
  }

  /** Folders holding pages (or folders that do) get a landing page if they have none. */
  private static void addMissingLandings(SiteConfig config, Map<String, Page> pages,
      Map<String, ParsedMarkdown> documents) {
    TreeSet<String> folders = new TreeSet<>();
    folders.add("");
    for (Page p : pages.values()) {
      String folder = p.folder();
      for (String f = p.kind() == PageKind.SECTION ? parent(folder) : folder; !f.isEmpty();
          f = parent(f)) {
        folders.add(f);
      }
    }
    for (String folder : folders) {
      String path = folder.isEmpty() ? PageKind.INDEX_FILE : folder + "/" + PageKind.INDEX_FILE;
      if (!pages.containsKey(path)) {
        ParsedMarkdown landing = GeneratedPages.landing(config, folder);
        pages.put(path, GeneratedPages.page(landing));
        documents.put(path, landing);
      }
    }
  }

  private static List<Section> sectionsIn(String folder, Map<String, Page> pages) {
    TreeSet<String> childFolders = new TreeSet<>();
    for (Page p : pages.values()) {
      String f = p.folder();
      if (p.kind() == PageKind.SECTION && parent(f).equals(folder)) {
        childFolders.add(f);
      }
    }
    List<Section> sections = new ArrayList<>();
    for (String child : childFolders) {
      sections.add(section(pages.get(child + "/" + PageKind.INDEX_FILE), child, pages));
    }
    sections.sort(Comparator.comparing(Section::landing, ORDER));
    return List.copyOf(sections);
  }

  private static Section section(Page landing, String folder, Map<String, Page> pages) {
    List<Page> chapters = pages.values().stream()
        .filter(p -> p.kind() == PageKind.PAGE && p.folder().equals(folder))
        .sorted(ORDER).toList();
    return new Section(landing, chapters, sectionsIn(folder, pages));
  }

  private static void addReadingOrder(Section section, List<Page> out) {
    out.addAll(section.pages());
    section.sections().forEach(s -> addReadingOrder(s, out));
  }

  private static String parent(String folder) {
    int slash = folder.lastIndexOf('/');
    return slash < 0 ? "" : folder.substring(0, slash);
  }
}
