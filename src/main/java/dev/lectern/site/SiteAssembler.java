package dev.lectern.site;

import dev.lectern.config.SiteConfig;
import dev.lectern.content.PageKind;
import dev.lectern.content.StaticFile;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.diagnostic.SourcePosition;
import dev.lectern.markdown.ParsedMarkdown;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

  public static Optional<Site> assemble(SiteConfig config, List<ParsedMarkdown> parsed,
      List<StaticFile> staticFiles, PageDates dates, Diagnostics diagnostics) {
    Map<String, Page> pages = new TreeMap<>();
    parsed.forEach(p -> pages.put(p.source().contentPath(),
        new Page(p, Urls.pagePath(p.source().contentPath(), p.source().meta().slug()), false)));
    addMissingLandings(config, pages);
    reportDuplicateUrls(pages.values(), diagnostics);
    Page home = pages.get(PageKind.INDEX_FILE);
    if (diagnostics.hasErrors()) {
      return Optional.empty();
    }
    Section root = section(home, "", pages);
    List<Page> chapters = new ArrayList<>();
    addReadingOrder(root, chapters);
    return Optional.of(Site.of(config, root, List.copyOf(chapters),
        java.util.Collections.unmodifiableMap(new LinkedHashMap<>(pages)), staticFiles, dates));
  }

  private static void reportDuplicateUrls(Iterable<Page> pages, Diagnostics diagnostics) {
    Map<String, List<Page>> byPath = new TreeMap<>();
    pages.forEach(p -> byPath.computeIfAbsent(p.sitePath(), k -> new ArrayList<>()).add(p));
    byPath.forEach((path, same) -> {
      for (Page p : same) {
        if (same.size() > 1) {
          String others = String.join(", ", same.stream().filter(o -> o != p)
              .map(o -> o.source().file()).toList());
          diagnostics.error(new SourcePosition(p.source().file(), 1, 1),
              "URL /" + path + " is also produced by " + others,
              "rename one of the files or give it another 'slug' in its front matter");
        }
      }
    });
  }

  /** Folders holding pages (or folders that do) get a landing page if they have none. */
  private static void addMissingLandings(SiteConfig config, Map<String, Page> pages) {
    TreeSet<String> folders = new TreeSet<>();
    folders.add("");
    for (Page p : pages.values()) {
      String folder = p.source().folder();
      for (String f = p.kind() == PageKind.SECTION ? parent(folder) : folder; !f.isEmpty();
          f = parent(f)) {
        folders.add(f);
      }
    }
    for (String folder : folders) {
      String path = folder.isEmpty() ? PageKind.INDEX_FILE : folder + "/" + PageKind.INDEX_FILE;
      if (!pages.containsKey(path)) {
        pages.put(path, GeneratedPages.landing(config, folder));
      }
    }
  }

  private static List<Section> sectionsIn(String folder, Map<String, Page> pages) {
    TreeSet<String> childFolders = new TreeSet<>();
    for (Page p : pages.values()) {
      String f = p.source().folder();
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
        .filter(p -> p.kind() == PageKind.PAGE && p.source().folder().equals(folder))
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
