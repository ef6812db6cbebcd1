package dev.lectern.site;

import dev.lectern.config.SiteConfig;
import dev.lectern.content.ContentPaths;
import dev.lectern.content.PageKind;
import dev.lectern.content.PageOptions;
import dev.lectern.content.PageOptions.Neighbour;
import dev.lectern.content.PageOptions.Written;
import dev.lectern.diagnostic.Diagnostics;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What pages' front matter points at besides links: another page as previous or next
 * ({@code prev}, {@code pagination_next}: a path, a URL or a page id), a social image, and old
 * URLs that redirect to the page. A reference to nothing is a warning at its place.
 *
 * @param previous each page's chosen previous page, by content path (when front matter chose)
 * @param next likewise, its next page
 * @param images each page's social image as an absolute URL, by content path
 * @param aliases each redirecting output file ({@code old/path/index.html}) and its page's
 *     content path
 */
record PageReferences(Map<String, String> previous, Map<String, String> next,
    Map<String, String> images, Map<String, String> aliases) {
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
  private static final Pattern SAFE = Pattern.compile("[^/\\\\\\x00-\\x1f:*?\"<>|]+");

  static PageReferences of(SiteConfig config, Map<String, Page> pages, Targets targets,
      Diagnostics out) {
    Map<String, String> previous = new TreeMap<>();
    Map<String, String> next = new TreeMap<>();
    Map<String, String> images = new TreeMap<>();
    Map<String, String> aliases = new TreeMap<>();
    for (Page page : pages.values()) {
      PageOptions o = page.meta().options();
      neighbour(page, o.previous(), pages, targets, out).ifPresent(p -> previous.put(
          page.contentPath(), p.contentPath()));
      neighbour(page, o.next(), pages, targets, out).ifPresent(p -> next.put(
          page.contentPath(), p.contentPath()));
      o.image().flatMap(w -> image(config, page, w, targets, out))
          .ifPresent(url -> images.put(page.contentPath(), url));
      for (Written alias : o.aliases()) {
        alias(config, alias, out).ifPresent(file -> aliases.putIfAbsent(file,
            page.contentPath()));
      }
    }
    return new PageReferences(Map.copyOf(previous), Map.copyOf(next), Map.copyOf(images),
        Map.copyOf(aliases));
  }

  private static Optional<Page> neighbour(Page page, Neighbour n, Map<String, Page> pages,
      Targets targets, Diagnostics out) {
    if (n.kind() != Neighbour.Kind.PAGE || n.target().isEmpty()) {
      return Optional.empty();
    }
    Written w = n.target().get();
    Optional<Page> found = byId(w.text(), pages).or(() -> (w.text().startsWith("/")
        ? targets.rootAbsolute(w.text()) : targets.relative(page, w.text())).target()
        .flatMap(Targets.Target::page));
    if (found.isEmpty()) {
      out.warning(w.position(), "'" + w.text() + "' names no page; the page's neighbour in "
          + "reading order is shown instead", "name a page by its path, its URL or its id");
    }
    return found;
  }

  /** A page by its Docusaurus id: front matter's {@code id}, or its path without extension. */
  private static Optional<Page> byId(String id, Map<String, Page> pages) {
    for (Page p : pages.values()) {
      Optional<String> own = p.meta().options().id();
      String folder = p.folder().isEmpty() ? "" : p.folder() + "/";
      if (own.isPresent() && (own.get().equals(id) || (folder + own.get()).equals(id))
          || !p.generated() && id.equals(PageKind.stem(p.contentPath()).orElse(""))) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> image(SiteConfig config, Page page, Written w,
      Targets targets, Diagnostics out) {
    if (SCHEME.matcher(w.text()).find()) {
      return Optional.of(w.text());
    }
    Optional<Targets.Target> target = (w.text().startsWith("/")
        ? targets.rootAbsolute(w.text()) : targets.relative(page, w.text())).target();
    if (target.isEmpty()) {
      out.warning(w.position(), "the image '" + w.text() + "' is not a file of the site",
          "give a URL, a path relative to the page, or a path in the static folder from '/'");
    }
    return target.map(t -> URI.create(config.baseUrl().toString()).resolve(t.url()).toString());
  }

  /** The output file that redirects from {@code alias}: an HTML file, or a folder's index. */
  private static Optional<String> alias(SiteConfig config, Written alias, Diagnostics out) {
    String path = alias.text().replaceAll("^/+", "");
    String base = config.basePath().substring(1);
    if (!base.isEmpty() && path.startsWith(base)) {
      path = path.substring(base.length());
    }
    Optional<String> normal = ContentPaths.normalize("", path);
    boolean safe = normal.isPresent() && java.util.Arrays.stream(normal.get().split("/"))
        .allMatch(s -> s.isEmpty() || SAFE.matcher(s).matches());
    if (!safe || normal.get().isEmpty()) {
      out.warning(alias.position(), "the alias '" + alias.text() + "' is not a path of the site",
          "write an old URL path such as /old/page/");
      return Optional.empty();
    }
    String p = normal.get();
    return Optional.of(p.endsWith(".html") ? p : p + "/index.html");
  }
}
