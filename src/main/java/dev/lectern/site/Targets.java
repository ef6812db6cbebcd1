package dev.lectern.site;

import dev.lectern.config.SiteConfig;
import dev.lectern.content.ContentPaths;
import dev.lectern.content.PageKind;
import dev.lectern.content.StaticFile;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Where paths written in content lead: to a page, to a file beside the pages, or to a file of the
 * static folder. A path may name a Markdown file ({@code ../b.md}), the same without its
 * extension ({@code ../b}) or a folder ({@code ../guide/}, its landing page), and only when
 * neither finds anything, the same from the top of the content folder (as Docusaurus reads
 * links), then a page's URL; where two readings find different pages, the path is ambiguous and
 * leads nowhere. A path starting with '/' is read from the site's root: the static folder first, then
 * pages' URLs, then the content folder (with or without the base URL's path in front).
 */
final class Targets {
  /** Where a path leads: the URL to write and, if it is a page, the page. */
  record Target(String url, Optional<Page> page) {}

  /** What a path may be read as, for messages: the pages it could mean when they differ. */
  record Lookup(Optional<Target> target, List<String> candidates) {
    static final Lookup NONE = new Lookup(Optional.empty(), List.of());
  }

  private final SiteConfig config;
  private final Map<String, Page> pages;
  private final Map<String, Page> bySitePath = new TreeMap<>();
  private final Map<String, String> landings;
  private final Map<String, String> files = new TreeMap<>();
  private final Set<String> rootFiles = new TreeSet<>();
  private final Set<String> markdown;

  /**
   * @param landings each folder's landing page's content path, by folder ("" for the top)
   * @param markdown every Markdown file's content path, pages or not (drafts, unreadable ones)
   */
  Targets(SiteConfig config, Map<String, Page> pages, Map<String, String> landings,
      List<StaticFile> staticFiles, List<StaticFile> rootFiles, Set<String> markdown) {
    this.config = config;
    this.pages = pages;
    this.landings = landings;
    this.markdown = markdown;
    pages.values().forEach(p -> bySitePath.putIfAbsent(p.sitePath(), p));
    staticFiles.forEach(f -> files.put(f.contentPath(), config.url(Urls.filePath(f.contentPath()))));
    rootFiles.forEach(f -> this.rootFiles.add(f.contentPath()));
  }

  /** Every page and file a relative path could name, for "did you mean" hints. */
  Set<String> known() {
    Set<String> all = new TreeSet<>(pages.keySet());
    all.addAll(files.keySet());
    return all;
  }

  /** The page at a content path, if it is one. */
  Optional<Page> page(String contentPath) {
    return Optional.ofNullable(pages.get(contentPath));
  }

  /**
   * Where {@code path} (decoded, without '#' or '?' part), written on the page at
   * {@code from}, leads.
   */
  Lookup relative(Page from, String path) {
    String folder = from.folder();
    // A path that climbs above the content folder can still be a URL relative to the page's.
    String p = ContentPaths.normalize(folder, path).orElse(null);
    if (p != null && !path.endsWith("/") && !p.isEmpty()) {
      Optional<Target> exact = file(p);
      if (exact.isPresent()) {
        return new Lookup(exact, List.of());
      }
    }
    Set<Page> found = new LinkedHashSet<>();
    if (p != null) {
      withoutExtension(p).ifPresent(found::add);
      landing(p).ifPresent(found::add);
    }
    if (found.isEmpty() && !folder.isEmpty() && !path.startsWith(".")) {
      // As Docusaurus does, a path that names nothing beside the page is tried from the top.
      Lookup top = fromTop(path);
      if (top.target().isPresent() || !top.candidates().isEmpty()) {
        return top;
      }
    }
    if (found.isEmpty()) {
      // Read as a URL, the way a browser reads it on the page, with the page's URL ending in
      // '/' (as Lectern's and MkDocs' do) or not (as Docusaurus' and VitePress' do): only
      // when nothing else fits.
      bySitePath(normalizeUrl(from.sitePath(), path)).ifPresent(found::add);
      bySitePath(normalizeUrl(parentUrl(from.sitePath()), path)).ifPresent(found::add);
    }
    return decide(found);
  }

  private static String parentUrl(String sitePath) {
    String p = sitePath.replaceAll("/+$", "");
    return p.contains("/") ? p.substring(0, p.lastIndexOf('/') + 1) : "";
  }

  /** A path read from the top of the content folder. */
  private Lookup fromTop(String path) {
    Optional<String> normal = ContentPaths.normalize("", path);
    if (normal.isEmpty() || normal.get().isEmpty()) {
      return Lookup.NONE;
    }
    Optional<Target> exact = path.endsWith("/") ? Optional.empty() : file(normal.get());
    if (exact.isPresent()) {
      return new Lookup(exact, List.of());
    }
    Set<Page> found = new LinkedHashSet<>();
    withoutExtension(normal.get()).ifPresent(found::add);
    landing(normal.get()).ifPresent(found::add);
    return found.isEmpty() ? Lookup.NONE : decide(found);
  }

  /**
   * Where a path from the site's root ({@code /img/a.png}, {@code /guide/start}) leads. The
   * path may carry the base URL's path, or its last part ({@code /docs/intro} for a site at
   * {@code /project/docs/}, as Docusaurus writes links from its own root), or none of it.
   */
  Lookup rootAbsolute(String path) {
    String written = path.replaceAll("^/+", "");
    String base = config.basePath().substring(1);
    for (int cut = 0; cut <= base.length(); cut = base.indexOf('/', cut) + 1) {
      String part = base.substring(cut);
      if (!part.isEmpty() && (written + "/").startsWith(part)) {
        Lookup found = fromRoot(written.length() > part.length()
            ? written.substring(part.length()) : "");
        if (found.target().isPresent() || !found.candidates().isEmpty()) {
          return found;
        }
      }
      if (cut >= base.length()) {
        break;
      }
    }
    return fromRoot(written);
  }

  private Lookup fromRoot(String p) {
    if (rootFiles.contains(p)) {
      return new Lookup(Optional.of(new Target(config.url(p), Optional.empty())), List.of());
    }
    Optional<Page> atUrl = bySitePath(p);
    if (atUrl.isPresent()) {
      return decide(Set.of(atUrl.get()));
    }
    Optional<Target> exact = p.isEmpty() ? Optional.empty() : file(p);
    if (exact.isPresent()) {
      return new Lookup(exact, List.of());
    }
    Set<Page> found = new LinkedHashSet<>();
    withoutExtension(p).ifPresent(found::add);
    landing(p).ifPresent(found::add);
    return decide(found);
  }

  /** True if {@code contentPath}, or it with a Markdown extension, is a Markdown file. */
  boolean isMarkdownFile(String contentPath) {
    return markdown.contains(contentPath) || PageKind.EXTENSIONS.stream()
        .anyMatch(ext -> markdown.contains(contentPath + ext));
  }

  /** The Markdown file a path names, with or without extension, if there is one. */
  Optional<String> markdownFile(String contentPath) {
    if (markdown.contains(contentPath)) {
      return Optional.of(contentPath);
    }
    return PageKind.EXTENSIONS.stream().map(ext -> contentPath + ext).filter(markdown::contains)
        .findFirst();
  }

  private Lookup decide(Set<Page> found) {
    if (found.size() == 1) {
      Page page = found.iterator().next();
      return new Lookup(Optional.of(new Target(config.url(page.sitePath()), Optional.of(page))),
          List.of());
    }
    List<String> candidates = new ArrayList<>();
    found.forEach(p -> candidates.add(p.contentPath()));
    return new Lookup(Optional.empty(), candidates);
  }

  private Optional<Target> file(String contentPath) {
    Page page = pages.get(contentPath);
    if (page != null) {
      return Optional.of(new Target(config.url(page.sitePath()), Optional.of(page)));
    }
    return Optional.ofNullable(files.get(contentPath)).map(url -> new Target(url,
        Optional.empty()));
  }

  private Optional<Page> withoutExtension(String contentPath) {
    return PageKind.EXTENSIONS.stream().map(ext -> pages.get(contentPath + ext))
        .filter(java.util.Objects::nonNull).findFirst();
  }

  private Optional<Page> landing(String folder) {
    return Optional.ofNullable(landings.get(folder.replaceAll("/+$", ""))).map(pages::get);
  }

  private Optional<Page> bySitePath(String sitePath) {
    if (sitePath == null) {
      return Optional.empty();
    }
    String p = sitePath.replaceAll("^/+", "");
    if (p.endsWith("index.html")) {
      p = p.substring(0, p.length() - "index.html".length());
    } else if (p.endsWith(".html")) {
      p = p.substring(0, p.length() - ".html".length()) + "/";
    }
    if (!p.isEmpty() && !p.endsWith("/")) {
      p += "/";
    }
    return Optional.ofNullable(bySitePath.get(p));
  }

  /** {@code path} resolved against a page's URL as a browser would; null if it leaves the site. */
  private static String normalizeUrl(String pageSitePath, String path) {
    String folder = pageSitePath.endsWith("/") ? pageSitePath.substring(0,
        Math.max(0, pageSitePath.length() - 1)) : pageSitePath;
    return ContentPaths.normalize(folder, path).map(p -> path.endsWith("/") && !p.isEmpty()
        ? p + "/" : p).orElse(null);
  }
}
