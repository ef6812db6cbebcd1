package dev.lectern.check;

import dev.lectern.check.PageFacts.PageLink;
import dev.lectern.config.SiteConfig;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.diagnostic.LinkReports;
import dev.lectern.diagnostic.SourcePosition;
import dev.lectern.diagnostic.Suggestions;
import dev.lectern.memo.Digester;
import dev.lectern.memo.Fingerprint;
import dev.lectern.memo.MemoTable;
import dev.lectern.site.PageLinks;
import dev.lectern.output.OutputTree;
import dev.lectern.search.SearchIndex;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.TreeSet;

/**
 * Every internal URL of every page must resolve in the output tree, and every {@code #fragment}
 * must be an id on the page it points to. A broken link in Markdown is reported at the link's
 * line and column; one written by a template names the page's layout. Each error suggests the
 * closest existing page or id. Links to other hosts are not fetched.
 */
final class LinkChecks {
  /** The search index folder's name, without its slash. */
  private static final String INDEX_NAME =
      SearchIndex.FOLDER.substring(0, SearchIndex.FOLDER.length() - 1);
  private final SiteConfig config;
  private final OutputTree tree;
  private final Function<String, Optional<SourcePosition>> templateLines;
  private final Map<String, PageFacts> factsByFile = new HashMap<>();
  private final Map<String, CheckedPage> pagesByFile = new HashMap<>();
  private final Set<String> pageUrls = new TreeSet<>();
  private final Map<String, Target> targets = new java.util.concurrent.ConcurrentHashMap<>();
  private final Set<String> unchecked;
  private final LinkReports reports;

  /**
   * @param templateLines where the templates have a given text, to point at the template line
   *     behind a broken link
   */
  LinkChecks(SiteConfig config, OutputTree tree, List<PageFacts> facts, List<CheckedPage> pages,
      Function<String, Optional<SourcePosition>> templateLines, Set<String> unchecked,
      LinkReports reports) {
    this.config = config;
    this.tree = tree;
    this.templateLines = templateLines;
    this.unchecked = unchecked;
    this.reports = reports;
    facts.forEach(f -> factsByFile.put(f.outputFile(), f));
    pages.forEach(p -> pagesByFile.put(p.outputFile(), p));
    for (String file : tree.paths()) {
      if (file.endsWith("index.html")) {
        pageUrls.add(config.basePath() + file.substring(0, file.length() - "index.html".length()));
      }
    }
  }

  /**
   * Checks every page's links. A page's broken links are a function of its facts (the key they
   * were found under) and of the world (every output file's path, every page's ids and every
   * other HTML file's bytes), so they are remembered under both: a page whose prose changed
   * leaves the world as it was, and only its own links are checked again.
   */
  void run(Diagnostics out, MemoTable<LinkVerdicts> memo, Map<String, Fingerprint> factKeys) {
    Fingerprint world = world();
    factsByFile.values().parallelStream().forEach(page -> {
      LinkVerdicts verdicts = memo.get(Digester.of("links", factKeys.get(page.outputFile()),
          world), new Diagnostics(), ignored -> verdicts(page));
      List<LinkVerdicts.Broken> broken = new java.util.ArrayList<>(verdicts.broken());
      broken.addAll(brokenLinks(page, verdicts.recheck()));
      broken.stream().filter(b -> !unchecked.contains(withoutFragment(b.link().url())))
          .forEach(b -> report(page, b.link(), new String[] {b.message(), b.hint()}, out));
    });
  }

  /** The page's broken links, and those to check in every build (see {@link #mayReachIndex}). */
  private LinkVerdicts verdicts(PageFacts page) {
    List<PageLink> kept = new java.util.ArrayList<>();
    List<PageLink> recheck = new java.util.ArrayList<>();
    page.links().forEach(l -> (mayReachIndex(l.url()) ? recheck : kept).add(l));
    return new LinkVerdicts(brokenLinks(page, kept), List.copyOf(recheck));
  }

  private List<LinkVerdicts.Broken> brokenLinks(PageFacts page, List<PageLink> links) {
    List<LinkVerdicts.Broken> broken = new java.util.ArrayList<>();
    for (PageLink link : links) {
      problem(page.outputFile(), link.url()).ifPresent(p ->
          broken.add(new LinkVerdicts.Broken(link, p[0], p[1])));
    }
    return List.copyOf(broken);
  }

  /**
   * True for a URL that might lead into the search index's folder (or is encoded, so might),
   * whose files are named by their content and change with any page's words: such links are
   * checked in every build, and the index's files are left out of the world, so that an edit
   * adding a word does not make every page's links be checked again.
   */
  static boolean mayReachIndex(String url) {
    return url.indexOf('%') >= 0 || url.toLowerCase(java.util.Locale.ROOT).contains(INDEX_NAME);
  }

  /** What every link's verdict depends on besides its own page (the index's files aside). */
  private Fingerprint world() {
    List<Object> world = new java.util.ArrayList<>();
    world.add(config.baseUrl());
    for (String file : tree.paths()) {
      if (file.startsWith(SearchIndex.FOLDER)) {
        continue;
      }
      world.add(file);
      PageFacts facts = factsByFile.get(file);
      if (facts != null) {
        world.add(facts.idsFingerprint());
      } else if (file.endsWith(".html")) {
        world.add(tree.get(file));
      }
    }
    return Digester.of(world);
  }

  /**
   * Where a URL leads: an external or unchecked URL ({@code file} null, no problem), a problem
   * with the path, or an output file and the decoded fragment (or null).
   */
  private record Target(String file, String path, String fragment, String[] problem) {
    static final Target UNCHECKED = new Target(null, null, null, null);
  }

  /** What is wrong with {@code url} as written on the page in {@code fromFile}: message, hint. */
  private Optional<String[]> problem(String fromFile, String url) {
    // Most URLs recur on many pages (navigation, assets): each is resolved once per folder, or
    // once per page for '#id' and '?q', which point at the page they are on.
    String key = url.startsWith("/") || url.contains(":") ? url
        : url.isEmpty() || url.startsWith("#") || url.startsWith("?") ? fromFile + "\0" + url
        : dirOf(fromFile) + "\0" + url;
    Target target = targets.computeIfAbsent(key, k -> resolve(fromFile, url));
    if (target.problem() != null) {
      return Optional.of(target.problem());
    }
    if (target.file() == null || target.fragment() == null || target.fragment().isEmpty()
        || !target.file().endsWith(".html")) {
      return Optional.empty();
    }
    String id = target.fragment();
    Set<String> ids = idsOf(target.file());
    if (ids.contains(id) || id.equals("top")) {
      return Optional.empty();
    }
    String on = target.file().equals(fromFile) ? "this page" : target.path();
    return Optional.of(new String[] {"there is no id '" + id + "' on " + on,
        Suggestions.closest(id, ids).map(s -> "did you mean '#" + s + "'?")
            .orElse("link to a heading's id (shown in its URL when you click it)")});
  }

  private Target resolve(String fromFile, String url) {
    if (url.isEmpty()) {
      return broken("empty link", "give the link a target");
    }
    if (isPlainSitePath(url)) {
      int hash = url.indexOf('#');
      return target(hash < 0 ? url : url.substring(0, hash),
          hash < 0 ? null : url.substring(hash + 1));
    }
    URI target;
    try {
      // A page's own URL: its folder for dir/index.html, else its file ('#id' means that file).
      String page = fromFile.endsWith("index.html") ? dirOf(fromFile) : fromFile;
      // normalize(): a browser drops '.' and '..' segments of an absolute path too.
      target = config.baseUrl().resolve(page).resolve(url.replace(" ", "%20")).normalize();
    } catch (IllegalArgumentException e) {
      return broken("malformed URL", "percent-encode special characters");
    }
    if (target.getScheme() == null || !target.getScheme().startsWith("http")
        || !sameHost(target)) {
      return Target.UNCHECKED;  // mailto:, data:, other sites: not checked
    }
    String raw = target.getRawPath() == null || target.getRawPath().isEmpty() ? "/"
        : target.getRawPath();  // https://host is https://host/
    String fragment = target.getRawFragment();
    return target(URLDecoder.decode(raw, StandardCharsets.UTF_8),
        fragment == null ? null : URLDecoder.decode(fragment, StandardCharsets.UTF_8));
  }

  /**
   * True for a URL that is a path from the host's root with nothing to decode or normalise
   * (no {@code %}, {@code ?}, {@code ..} or {@code .} segment, at most one {@code #}), as every
   * link the templates write is: resolving it needs no URI parsing. A page of a large site
   * holds thousands of them in its navigation.
   */
  static boolean isPlainSitePath(String url) {
    if (url.length() < 1 || url.charAt(0) != '/' || url.startsWith("//")) {
      return false;
    }
    boolean fragment = false;
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == '#') {
        if (fragment) {
          return false;
        }
        fragment = true;
      } else if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || c == '/' || c == '-' || c == '_' || c == '.' || c == '~')) {
        return false;
      }
    }
    int end = fragment ? url.indexOf('#') : url.length();
    String path = url.substring(0, end);
    return !path.contains("/./") && !path.contains("/../") && !path.endsWith("/.")
        && !path.endsWith("/..");
  }

  /** Where a decoded path from the host's root and fragment (or null) lead. */
  private Target target(String path, String fragment) {
    if (!path.startsWith(config.basePath())) {
      return broken("points outside the site's base path " + config.basePath(),
          "internal links must include the base path; use relative .md links in Markdown and "
              + "url() in templates");
    }
    String file = fileFor(path.substring(config.basePath().length()));
    if (file == null) {
      return broken("there is no page or file at " + path,
          Suggestions.closest(path, pageUrls).map(s -> "did you mean '" + s + "'?")
              .orElse("check the path, or add the missing page (the static folder's files "
                  + "are published at the site's root)"));
    }
    return new Target(file, path, fragment, null);
  }

  private static String withoutFragment(String url) {
    int cut = url.indexOf('#');
    return cut < 0 ? url : url.substring(0, cut);
  }

  private static Target broken(String message, String hint) {
    return new Target(null, null, null, new String[] {message, hint});
  }

  private void report(PageFacts page, PageLink link, String[] problem, Diagnostics out) {
    CheckedPage checked = pagesByFile.get(page.outputFile());
    String message = "broken link '" + link.url() + "' (" + link.where() + "): " + problem[0];
    if (link.inContent() && checked != null && checked.origins() != null
        && alreadyReported(checked, link.url())) {
      return;
    }
    if (link.inContent() && checked != null && checked.origins() != null) {
      reports.report(out, positionInMarkdown(checked, link.url()), message, problem[1]);
      return;
    }
    String template = checked != null ? checked.template() : "a template";
    message = "broken link '" + link.url() + "' (" + link.where() + ") on " + page.outputFile()
        + ": " + problem[0];
    Optional<SourcePosition> line = templateLine(link.url());
    if (line.isPresent()) {
      reports.report(out, line.get(), message, problem[1]);
    } else {
      reports.report(out, new SourcePosition("templates/" + template, 0, 0), message, problem[1]
          + " (the link is written by " + template + " or a template it extends or includes)");
    }
  }

  /** The template line that writes {@code url}: as written, or as a path for url(). */
  private Optional<SourcePosition> templateLine(String url) {
    Optional<SourcePosition> found = templateLines.apply(url);
    String base = config.basePath();
    if (found.isEmpty() && url.startsWith(base) && url.length() - base.length() >= 3) {
      found = templateLines.apply("'" + url.substring(base.length()) + "'");
    }
    return found;
  }

  /** True if the Markdown's link to {@code url} was reported when links were resolved. */
  private static boolean alreadyReported(CheckedPage page, String url) {
    for (PageLinks.Origin origin : page.origins()) {
      if (url.equals(origin.url())) {
        return origin.reported();
      }
    }
    return false;
  }

  /** Where the Markdown of {@code page} has a link or image to {@code url}. */
  private static SourcePosition positionInMarkdown(CheckedPage page, String url) {
    for (PageLinks.Origin origin : page.origins()) {
      if (url.equals(origin.url())) {
        return origin.position();
      }
    }
    return page.source();
  }

  private boolean sameHost(URI target) {
    URI base = config.baseUrl();
    return base.getHost() != null && base.getHost().equalsIgnoreCase(target.getHost())
        && base.getPort() == target.getPort();
  }

  /** The output file a site-relative path is served from, GitHub Pages style, or null. */
  private String fileFor(String rel) {
    if (rel.isEmpty() || rel.endsWith("/")) {
      return tree.contains(rel + "index.html") ? rel + "index.html" : null;
    }
    if (tree.contains(rel)) {
      return rel;
    }
    if (tree.contains(rel + "/index.html")) {
      return rel + "/index.html";
    }
    return tree.contains(rel + ".html") ? rel + ".html" : null;
  }

  private Set<String> idsOf(String file) {
    PageFacts facts = factsByFile.get(file);
    if (facts != null) {
      return facts.ids();
    }
    Set<String> ids = new TreeSet<>();
    org.jsoup.Jsoup.parse(tree.text(file)).select("[id]").forEach(e -> ids.add(e.id()));
    return ids;
  }

  private static String dirOf(String file) {
    int slash = file.lastIndexOf('/');
    return slash < 0 ? "" : file.substring(0, slash + 1);
  }
}
