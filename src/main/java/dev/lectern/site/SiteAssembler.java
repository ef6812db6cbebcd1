package dev.lectern.site;

import dev.lectern.config.SiteConfig;
import dev.lectern.content.ContentPaths;
import dev.lectern.content.ContentSet;
import dev.lectern.content.FrontMatter;
import dev.lectern.content.SourcePage;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.diagnostic.LinkReports;
import dev.lectern.diagnostic.SourcePosition;
import dev.lectern.diagnostic.Suggestions;
import dev.lectern.markdown.ParsedMarkdown;
import dev.lectern.markdown.faq.FaqProcessor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The assemble stage: titles every page (front matter's title, else its leading heading, else
 * its file name), places pages at URLs (reporting two pages at one URL), gives every folder with
 * pages a landing page ({@link FolderLandings}), orders sections and chapters
 * ({@link SectionTree}), builds the navigation ({@link NavBuilder}) and derives the reading
 * order. A pure function of its input.
 */
public final class SiteAssembler {
  private SiteAssembler() {}

  /** The assembled site and every page's parsed Markdown (generated landings included). */
  public record Assembled(Site site, Map<String, ParsedMarkdown> documents) {}

  /**
   * @param content what was loaded: static files, every Markdown path (drafts included, for
   *     {@code related}), folder settings, the static folder and unreadable files
   * @param reports where broken references of the navigation go
   * @return the site, or empty when it cannot be built (two pages at one URL: reported)
   */
  public static Optional<Assembled> assemble(SiteConfig config, List<ParsedMarkdown> parsed,
      ContentSet content, PageDates dates, LinkReports reports, Diagnostics diagnostics) {
    Map<String, Page> pages = new TreeMap<>();
    Map<String, ParsedMarkdown> documents = new TreeMap<>();
    for (ParsedMarkdown p : parsed) {
      SourcePage s = p.source();
      FrontMatter meta = Titles.decide(config, p);
      pages.put(s.contentPath(), new Page(s.contentPath(), s.file(), s.kind(), meta,
          Urls.pagePath(s.contentPath(), meta), false, Page.readingMinutes(p.words())));
      documents.put(s.contentPath(), p);
    }
    Map<String, String> landings = FolderLandings.decide(config, content, pages, documents,
        diagnostics);
    Diagnostics placing = new Diagnostics();
    reportDuplicateUrls(pages.values(), placing);
    placing.sorted().forEach(diagnostics::add);
    if (placing.hasErrors()) {
      return Optional.empty();
    }
    Map<String, List<String>> related = related(parsed, content, diagnostics);
    Section root = new SectionTree(pages, landings, content.folders()).root();
    List<Page> chapters = new ArrayList<>();
    SectionTree.readingOrder(root, chapters);
    chapters.removeIf(p -> p.meta().options().unlisted());
    Targets targets = new Targets(config, pages, landings, content.staticFiles(),
        content.rootFiles(), content.markdownPaths());
    Navigation navigation = config.nav().map(nav -> NavBuilder.fromConfig(nav, targets,
        pages.values(), content.unreadable(), reports, diagnostics))
        .orElseGet(() -> NavBuilder.fromSections(root));
    List<Page> readingOrder = navigation.configured() ? navigation.pagesInOrder().stream()
        .filter(p -> !p.meta().options().unlisted()).toList() : chapters;
    Site.Parts parts = new Site.Parts(navigation, readingOrder, content.rootFiles(),
        content.unreadable(), targets, PageReferences.of(config, pages, targets, diagnostics));
    Site site = new Site(config, root, List.copyOf(chapters),
        java.util.Collections.unmodifiableMap(new LinkedHashMap<>(pages)), content.staticFiles(),
        dates, faqOwners(chapters, pages, documents), related, parts);
    return Optional.of(new Assembled(site, java.util.Collections.unmodifiableMap(documents)));
  }

  /**
   * Each page's {@code related} front matter resolved to content paths; unknown ones reported
   * (pages whose front matter is broken are left out quietly).
   */
  private static Map<String, List<String>> related(List<ParsedMarkdown> parsed,
      ContentSet content, Diagnostics diagnostics) {
    Map<String, List<String>> related = new TreeMap<>();
    Set<String> markdownPaths = content.markdownPaths();
    for (ParsedMarkdown p : parsed) {
      List<String> resolved = new ArrayList<>();
      for (FrontMatter.RelatedRef ref : p.source().meta().related()) {
        Optional<String> target = ContentPaths.resolve(p.source().contentPath(), ref.written(),
            markdownPaths);
        if (target.isPresent()) {
          if (!content.unreadable().contains(target.get())) {
            resolved.add(target.get());
          }
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

  /** Two pages at one URL (also two files that differ only in case) are an error naming both. */
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
}
