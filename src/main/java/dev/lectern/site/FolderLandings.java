package dev.lectern.site;

import dev.lectern.config.SiteConfig;
import dev.lectern.content.ContentSet;
import dev.lectern.content.FolderSettings;
import dev.lectern.content.PageKind;
import dev.lectern.content.PageOptions.Written;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.markdown.ParsedMarkdown;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Gives every folder with pages its landing page: its landing file ({@code _index.md},
 * {@code index.md}, {@code README.md}); else the page its category file links to; else the page
 * published at the folder's URL (a {@code slug} of {@code /} makes a page the home page); else
 * one made up ({@link GeneratedPages}).
 */
final class FolderLandings {
  private FolderLandings() {}

  /**
   * Decides the landing of every folder, changing {@code pages} (a chosen page becomes a landing
   * page; made-up landings are added, with their documents); returns each folder's landing's
   * content path.
   */
  static Map<String, String> decide(SiteConfig config, ContentSet content,
      Map<String, Page> pages, Map<String, ParsedMarkdown> documents, Diagnostics out) {
    Map<String, String> landings = new TreeMap<>();
    for (Page p : pages.values()) {
      if (PageKind.isLanding(p.contentPath())) {
        landings.put(p.folder(), p.contentPath());
      }
    }
    for (String folder : foldersWithPages(pages)) {
      if (landings.containsKey(folder)) {
        continue;
      }
      Optional<FolderSettings> settings = Optional.ofNullable(content.folders().get(folder));
      Optional<Page> chosen = linkedPage(folder, settings, pages, out)
          .or(() -> pageAtFolderUrl(folder, pages));
      if (chosen.isPresent()) {
        Page p = chosen.get();
        pages.put(p.contentPath(), new Page(p.contentPath(), p.file(),
            folder.isEmpty() ? PageKind.HOME : PageKind.SECTION, p.meta(), p.sitePath(), false,
            p.readingMinutes()));
        landings.put(folder, p.contentPath());
      } else {
        ParsedMarkdown landing = GeneratedPages.landing(config, folder, settings);
        pages.put(landing.source().contentPath(), GeneratedPages.page(landing));
        documents.put(landing.source().contentPath(), landing);
        landings.put(folder, landing.source().contentPath());
      }
    }
    return landings;
  }

  /** The top folder, and every folder holding pages or folders that do. */
  private static TreeSet<String> foldersWithPages(Map<String, Page> pages) {
    TreeSet<String> folders = new TreeSet<>();
    folders.add("");
    for (Page p : pages.values()) {
      String folder = p.folder();
      for (String f = PageKind.isLanding(p.contentPath()) ? parent(folder) : folder;
          !f.isEmpty(); f = parent(f)) {
        folders.add(f);
      }
    }
    return folders;
  }

  /** The page a category file links to ({@code link: {type: doc, id: …}}), by id or path. */
  private static Optional<Page> linkedPage(String folder, Optional<FolderSettings> settings,
      Map<String, Page> pages, Diagnostics out) {
    Optional<Written> written = settings.flatMap(FolderSettings::landing)
        .flatMap(FolderSettings.Landing::page);
    if (written.isEmpty()) {
      return Optional.empty();
    }
    String id = written.get().text();
    Optional<Page> page = pages.values().stream()
        .filter(p -> p.folder().equals(folder) || folder.isEmpty())
        .filter(p -> id.equals(p.meta().options().id().orElse(null))
            || id.equals(PageKind.stem(p.contentPath()).orElse(""))
            || id.equals(PageKind.stem(p.contentPath().substring(p.contentPath()
                .lastIndexOf('/') + 1)).orElse("")))
        .findFirst();
    if (page.isEmpty()) {
      out.warning(written.get().position(), "the category links to the page '" + id
          + "', which is not in this folder; the folder gets a page of its own",
          "name a page of the folder by its id or its path without extension");
    }
    return page;
  }

  /**
   * A page published at the folder's own URL: by its slug, or beside the folder under the
   * folder's name ({@code faq.md} beside {@code faq/}); else, as Docusaurus has it, a page in
   * the folder named like it ({@code guide/guide.md}), which moves to the folder's URL.
   */
  private static Optional<Page> pageAtFolderUrl(String folder, Map<String, Page> pages) {
    String url = Urls.pagePath(folder.isEmpty() ? PageKind.INDEX_FILE
        : folder + "/" + PageKind.INDEX_FILE, Optional.empty());
    // Every folder looks at every page: the cheap tests come first (no substrings made).
    Optional<Page> atUrl = pages.values().stream()
        .filter(p -> p.sitePath().equals(url) && !PageKind.isLanding(p.contentPath()))
        .filter(p -> folder.isEmpty() || p.folder().equals(folder)
            || p.folder().equals(parent(folder)))
        .findFirst();
    if (atUrl.isPresent() || folder.isEmpty()) {
      return atUrl;
    }
    String name = folder.substring(folder.lastIndexOf('/') + 1);
    return pages.values().stream()
        .filter(p -> isIn(p.contentPath(), folder) && p.meta().slug().isEmpty()
            && name.equalsIgnoreCase(PageKind.stem(p.contentPath().substring(
                p.contentPath().lastIndexOf('/') + 1)).orElse("")))
        .findFirst()
        .map(p -> new Page(p.contentPath(), p.file(), p.kind(), p.meta(), url, false,
            p.readingMinutes()));
  }

  /** True if the file at {@code contentPath} is directly in {@code folder} (not the top). */
  private static boolean isIn(String contentPath, String folder) {
    return contentPath.length() > folder.length() + 1 && contentPath.startsWith(folder)
        && contentPath.charAt(folder.length()) == '/'
        && contentPath.indexOf('/', folder.length() + 1) < 0;
  }

  static String parent(String folder) {
    int slash = folder.lastIndexOf('/');
    return slash < 0 ? "" : folder.substring(0, slash);
  }
}
