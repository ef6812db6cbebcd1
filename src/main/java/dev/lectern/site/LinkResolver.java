package dev.lectern.site;

import dev.lectern.content.ContentPaths;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.diagnostic.LinkReports;
import dev.lectern.diagnostic.Suggestions;
import dev.lectern.markdown.LinkRef;
import dev.lectern.markdown.ParsedMarkdown;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Resolves the links of parsed pages against the assembled site ({@link Targets} says what a
 * path may name): {@code ../b.md#x} points at the target page's URL plus {@code #x}, a relative
 * image or file at its copied file's URL, a folder at its landing page's URL, a root-absolute
 * path at a file of the static folder or a page, under the base URL's path. A relative link to
 * nothing is reported at the link's position; a link to a page whose front matter is broken goes
 * where the page would be, unchecked. Absolute URLs and bare fragments are left as written.
 * Nothing is changed in the documents: the result is a {@link PageLinks} value per page.
 */
public final class LinkResolver {
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
  /** What {@link #resolve} returns for a link it reported: left as written, not checked again. */
  private static final String BROKEN = "\0broken";

  private final Site site;
  private final Targets targets;
  private final LinkReports reports;

  public LinkResolver(Site site, LinkReports reports) {
    this.site = site;
    this.targets = site.targets();
    this.reports = reports;
  }

  /** Where the links of {@code page} point; links to missing targets go to {@code out}. */
  public PageLinks resolve(ParsedMarkdown page, Diagnostics out) {
    if (page.links().isEmpty()) {
      return PageLinks.NONE;
    }
    Page from = site.pages().get(page.source().contentPath());
    Map<Integer, String> rewritten = new java.util.HashMap<>();
    List<PageLinks.Origin> origins = new ArrayList<>();
    Set<String> unchecked = new TreeSet<>();
    for (int i = 0; i < page.links().size(); i++) {
      LinkRef link = page.links().get(i);
      int index = i;
      Optional<String> url = resolve(link, from, unchecked, out);
      url.filter(u -> !u.equals(BROKEN)).ifPresent(u -> rewritten.put(index, u));
      boolean broken = url.filter(BROKEN::equals).isPresent();
      origins.add(new PageLinks.Origin(url.filter(u -> !broken).orElse(link.destination()),
          link.position(), broken));
    }
    return new PageLinks(rewritten, origins, unchecked);
  }

  private Optional<String> resolve(LinkRef link, Page from, Set<String> unchecked,
      Diagnostics out) {
    String destination = link.destination();
    if (destination.isEmpty() || destination.startsWith("#")
        || SCHEME.matcher(destination).find() || destination.startsWith("//")) {
      return Optional.empty();
    }
    int cut = firstOf(destination, '#', '?');
    String path = decode(destination.substring(0, cut));
    String suffix = destination.substring(cut);
    boolean root = path.startsWith("/");
    Targets.Lookup lookup = root ? targets.rootAbsolute(path) : targets.relative(from, path);
    if (lookup.target().isPresent()) {
      return Optional.of(lookup.target().get().url() + suffix);
    }
    if (lookup.candidates().size() > 1) {
      reports.report(out, link.position(), "ambiguous link '" + path + "': it may mean "
          + String.join(" or ", lookup.candidates()), "link to the page's .md file");
      return Optional.of(BROKEN);
    }
    String folder = root ? "" : from.folder();
    String contentPath = ContentPaths.normalize(folder, path).orElse(path);
    Optional<String> broken = targets.markdownFile(contentPath)
        .filter(site.unreadable()::contains);
    if (broken.isPresent()) {
      // The page's front matter is broken (reported): link where it will be, and check later.
      String url = site.config().url(Urls.pagePath(broken.get(), Optional.empty()));
      unchecked.add(url);
      return Optional.of(url + suffix);
    }
    if (root) {
      // Not a file or page Lectern knows of: a generated file, perhaps; the check stage looks.
      return Optional.of(site.config().url(path.replaceAll("^/+", "")
          .replaceFirst("^" + Pattern.quote(site.config().basePath().substring(1)), ""))
          + suffix);
    }
    String what = targets.isMarkdownFile(contentPath) || path.endsWith(".md")
        ? "link to missing page '" : "link to missing file '";
    reports.report(out, link.position(), what + path + "'", hint(from, folder, path));
    return Optional.of(BROKEN);
  }

  /** The closest page or file to suggest: never the page the link is on. */
  private String hint(Page from, String folder, String path) {
    String resolved = ContentPaths.normalize(folder, path).orElse(path);
    Set<String> known = new TreeSet<>(targets.known());
    known.remove(from.contentPath());
    return Suggestions.closest(resolved, known)
        .map(target -> "did you mean '" + relative(folder, target) + "'?")
        .orElse(path.endsWith(".md")
            ? "link to another page's .md file by its relative path, e.g. ../section/page.md"
            : "put the file in the content folder beside the page, or fix the path");
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
