package dev.lectern.site;

import dev.lectern.content.ContentPaths;
import dev.lectern.content.PageKind;
import dev.lectern.content.StaticFile;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.diagnostic.Suggestions;
import dev.lectern.markdown.LinkRef;
import dev.lectern.markdown.ParsedMarkdown;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Resolves the relative links of parsed pages against the assembled site: {@code ../b.md#x}
 * points at the target page's URL plus {@code #x}, a relative image or file at its copied file's
 * URL, a folder at its section's URL. A relative link to nothing is an error at the link's
 * position. Absolute URLs, root-relative paths and bare fragments are left as written. Nothing
 * is changed in the documents: the result is a {@link PageLinks} value per page.
 */
public final class LinkResolver {
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

  private final Site site;
  private final Map<String, String> files;
  private final Set<String> all;

  public LinkResolver(Site site) {
    this.site = site;
    this.files = site.staticFiles().stream().collect(Collectors.toMap(StaticFile::contentPath,
        f -> site.config().url(Urls.filePath(f.contentPath()))));
    Set<String> paths = new TreeSet<>(site.pages().keySet());
    paths.addAll(files.keySet());
    this.all = Set.copyOf(paths);
  }

  /** Where the links of {@code page} point; links to missing targets go to {@code out}. */
  public PageLinks resolve(ParsedMarkdown page, Diagnostics out) {
    if (page.links().isEmpty()) {
      return PageLinks.NONE;
    }
    String from = page.source().contentPath();
    Map<org.commonmark.node.Node, String> rewritten = new IdentityHashMap<>();
    List<PageLinks.Origin> origins = new ArrayList<>();
    for (LinkRef link : page.links()) {
      Optional<String> url = resolve(link, from, out);
      url.ifPresent(u -> rewritten.put(link.node(), u));
      origins.add(new PageLinks.Origin(url.orElse(link.destination()), link.position()));
    }
    return new PageLinks(rewritten, origins);
  }

  private Optional<String> resolve(LinkRef link, String from, Diagnostics out) {
    String destination = link.destination();
    if (!isRelative(destination)) {
      return Optional.empty();
    }
    int cut = firstOf(destination, '#', '?');
    String path = decode(destination.substring(0, cut));
    String suffix = destination.substring(cut);
    String folder = from.contains("/") ? from.substring(0, from.lastIndexOf('/')) : "";
    Optional<String> url = ContentPaths.normalize(folder, path).flatMap(this::urlOf);
    if (url.isPresent()) {
      return Optional.of(url.get() + suffix);
    }
    String what = path.endsWith(".md") ? "link to missing page '" : "link to missing file '";
    out.error(link.position(), what + path + "'", hint(folder, path));
    return Optional.empty();
  }

  private Optional<String> urlOf(String contentPath) {
    if (contentPath.isEmpty() || contentPath.endsWith("/")) {
      return pageUrl(contentPath + PageKind.INDEX_FILE);
    }
    return pageUrl(contentPath)
        .or(() -> Optional.ofNullable(files.get(contentPath)))
        .or(() -> pageUrl(contentPath + "/" + PageKind.INDEX_FILE));
  }

  private Optional<String> pageUrl(String contentPath) {
    return Optional.ofNullable(site.pages().get(contentPath))
        .map(p -> site.config().url(p.sitePath()));
  }

  private String hint(String folder, String path) {
    String resolved = ContentPaths.normalize(folder, path).orElse(path);
    return Suggestions.closest(resolved, all)
        .map(target -> "did you mean '" + relative(folder, target) + "'?")
        .orElse(path.endsWith(".md")
            ? "link to another page's .md file by its relative path, e.g. ../section/page.md"
            : "put the file in content/ beside the page, or fix the path");
  }

  /** {@code target} written relative to {@code folder}, both content paths. */
  static String relative(String folder, String target) {
    String[] from = folder.isEmpty() ? new String[0] : folder.split("/");
    String[] to = target.split("/");
    int common = 0;
    while (common < from.length && common < to.length - 1 && from[common].equals(to[common])) {
      common++;
    }
    StringBuilder s = new StringBuilder();
    for (int i = common; i < from.length; i++) {
      s.append("../");
    }
    for (int i = common; i < to.length; i++) {
      s.append(to[i]).append(i < to.length - 1 ? "/" : "");
    }
    return s.toString();
  }

  private static boolean isRelative(String destination) {
    return !destination.isEmpty() && !destination.startsWith("#") && !destination.startsWith("/")
        && !SCHEME.matcher(destination).find();
  }

  private static int firstOf(String s, char a, char b) {
    int i = s.indexOf(a);
    int j = s.indexOf(b);
    if (i < 0) {
      return j < 0 ? s.length() : j;
    }
    return j < 0 ? i : Math.min(i, j);
  }

  private static String decode(String path) {
    try {
      return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return path;
    }
  }
}
