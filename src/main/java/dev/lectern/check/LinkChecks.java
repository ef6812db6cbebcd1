package dev.lectern.check;

import dev.lectern.check.PageFacts.PageLink;
import dev.lectern.config.SiteConfig;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.diagnostic.SourcePosition;
import dev.lectern.diagnostic.Suggestions;
import dev.lectern.markdown.Positions;
import dev.lectern.output.OutputTree;
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
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

/**
 * Every internal URL of every page must resolve in the output tree, and every {@code #fragment}
 * must be an id on the page it points to. A broken link in Markdown is reported at the link's
 * line and column; one written by a template names the page's layout. Each error suggests the
 * closest existing page or id. Links to other hosts are not fetched.
 */
final class LinkChecks {
  private final SiteConfig config;
  private final OutputTree tree;
  private final Function<String, Optional<SourcePosition>> templateLines;
  private final Map<String, PageFacts> factsByFile = new HashMap<>();
  private final Map<String, CheckedPage> pagesByFile = new HashMap<>();
  private final Set<String> pageUrls = new TreeSet<>();

  /**
   * @param templateLines where the templates have a given text, to point at the template line
   *     behind a broken link
   */
  LinkChecks(SiteConfig config, OutputTree tree, List<PageFacts> facts, List<CheckedPage> pages,
      Function<String, Optional<SourcePosition>> templateLines) {
    this.config = config;
    this.tree = tree;
    this.templateLines = templateLines;
    facts.forEach(f -> factsByFile.put(f.outputFile(), f));
    pages.forEach(p -> pagesByFile.put(p.outputFile(), p));
    for (String file : tree.files().keySet()) {
      if (file.endsWith("index.html")) {
        pageUrls.add(config.basePath() + file.substring(0, file.length() - "index.html".length()));
      }
    }
  }

  void run(Diagnostics out) {
    factsByFile.values().parallelStream().forEach(page -> {
      for (PageLink link : page.links()) {
        problem(page.outputFile(), link.url()).ifPresent(p -> report(page, link, p, out));
      }
    });
  }

  /** What is wrong with {@code url} as written on the page in {@code fromFile}: message, hint. */
  private Optional<String[]> problem(String fromFile, String url) {
    if (url.isEmpty()) {
      return Optional.of(new String[] {"empty link", "give the link a target"});
    }
    URI target;
    try {
      target = config.baseUrl().resolve(dirOf(fromFile)).resolve(url.replace(" ", "%20"));
    } catch (IllegalArgumentException e) {
      return Optional.of(new String[] {"malformed URL", "percent-encode special characters"});
    }
    if (target.getScheme() == null || !target.getScheme().startsWith("http")
        || !sameHost(target)) {
      return Optional.empty();  // mailto:, data:, other sites: not checked
    }
    String path = URLDecoder.decode(target.getRawPath(), StandardCharsets.UTF_8);
    if (!path.startsWith(config.basePath())) {
      return Optional.of(new String[] {"points outside the site's base path "
          + config.basePath(), "internal links must include the base path; use relative .md "
          + "links in Markdown and url() in templates"});
    }
    String file = fileFor(path.substring(config.basePath().length()));
    if (file == null) {
      return Optional.of(new String[] {"there is no page or file at " + path,
          Suggestions.closest(path, pageUrls).map(s -> "did you mean '" + s + "'?")
              .orElse("check the path, or add the missing page")});
    }
    String fragment = target.getRawFragment();
    if (fragment == null || fragment.isEmpty() || !file.endsWith(".html")) {
      return Optional.empty();
    }
    String id = URLDecoder.decode(fragment, StandardCharsets.UTF_8);
    Set<String> ids = idsOf(file);
    if (ids.contains(id) || id.equals("top")) {
      return Optional.empty();
    }
    String on = file.equals(fromFile) ? "this page" : path;
    return Optional.of(new String[] {"there is no id '" + id + "' on " + on,
        Suggestions.closest(id, ids).map(s -> "did you mean '#" + s + "'?")
            .orElse("link to a heading's id (shown in its URL when you click it)")});
  }

  private void report(PageFacts page, PageLink link, String[] problem, Diagnostics out) {
    CheckedPage checked = pagesByFile.get(page.outputFile());
    String message = "broken link '" + link.url() + "' (" + link.where() + "): " + problem[0];
    if (link.inContent() && checked != null && checked.page() != null) {
      out.error(positionInMarkdown(checked, link.url()), message, problem[1]);
      return;
    }
    String template = checked != null ? checked.template() : "a template";
    message = "broken link '" + link.url() + "' (" + link.where() + ") on " + page.outputFile()
        + ": " + problem[0];
    Optional<SourcePosition> line = templateLine(link.url());
    if (line.isPresent()) {
      out.error(line.get(), message, problem[1]);
    } else {
      out.error(new SourcePosition("templates/" + template, 0, 0), message, problem[1]
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

  /** Where the Markdown of {@code page} has a link or image to {@code url}. */
  private static SourcePosition positionInMarkdown(CheckedPage page, String url) {
    String file = page.page().source().file();
    Node[] found = new Node[1];
    page.page().markdown().document().accept(new AbstractVisitor() {
      @Override
      public void visit(Link link) {
        match(link, link.getDestination());
        visitChildren(link);
      }

      @Override
      public void visit(Image image) {
        match(image, image.getDestination());
      }

      private void match(Node node, String destination) {
        if (found[0] == null && url.equals(destination)) {
          found[0] = node;
        }
      }
    });
    return found[0] != null ? Positions.of(found[0], file) : page.source();
  }

  private boolean sameHost(URI target) {
    URI base = config.baseUrl();
    return base.getHost() != null && base.getHost().equalsIgnoreCase(target.getHost())
        && base.getPort() == target.getPort();
  }

  /** The output file a site-relative path is served from, GitHub Pages style, or null. */
  private String fileFor(String rel) {
    if (rel.isEmpty() || rel.endsWith("/")) {
      return tree.get(rel + "index.html") != null ? rel + "index.html" : null;
    }
    if (tree.get(rel) != null) {
      return rel;
    }
    if (tree.get(rel + "/index.html") != null) {
      return rel + "/index.html";
    }
    return tree.get(rel + ".html") != null ? rel + ".html" : null;
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
