package dev.lectern.check;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.config.ConfigLoader;
import dev.lectern.config.SiteConfig;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.memo.Digester;
import dev.lectern.memo.Memo;
import java.util.Map;
import dev.lectern.diagnostic.SourcePosition;
import dev.lectern.output.OutputTree;
import dev.lectern.testing.Diags;
import dev.lectern.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkChecksTest {
  @TempDir Path dir;

  @Test
  void aFragmentIsLookedUpOnThePageThatLinksToIt() {
    // Two pages in one folder: '#intro' is fine on the first and broken on the second.
    String first = "<html><head><title>A</title></head><body><h1 id=intro>A</h1>"
        + "<a href=\"#intro\">self</a></body></html>";
    String second = "<html><head><title>B</title></head><body><h1>B</h1>"
        + "<a href=\"#intro\">self</a></body></html>";
    assertEquals(List.of("templates/a template: broken link '#intro' (a href) on other.html: "
        + "there is no id 'intro' on this page"),
        check(Map.of("index.html", first, "other.html", second), Map.of(), Memo.forOneBuild()));
  }

  @Test
  void plainSitePathsNeedNoUriParsingAndOthersDo() {
    for (String plain : List.of("/", "/guide/", "/guide/a/b.html#x-1", "/guide/v1.2/~me/")) {
      assertEquals(true, LinkChecks.isPlainSitePath(plain), plain);
    }
    for (String other : List.of("", "guide/", "//host/guide/", "/guide/a%20b/", "/guide/?q=1",
        "/guide/./a/", "/guide/../guide/", "/guide/..", "/a#b#c", "https://x/", "/a b/")) {
      assertEquals(false, LinkChecks.isPlainSitePath(other), other);
    }
  }

  @Test
  void plainPathsAndEncodedOrDottedPathsGetTheSameVerdicts() {
    String base = config().basePath();
    String target = "<html><head><title>T</title></head><body><h1 id=intro>T</h1></body></html>";
    StringBuilder links = new StringBuilder();
    for (String url : List.of("a b/", "a%20b/", "./a b/", "x/../a b/", "a b/#intro",
        "a%20b/#intro", "a b/#nope", "a%20b/#no%70e", "missing/", "./missing/")) {
      links.append("<a href=\"").append(base).append(url).append("\">l</a>");
    }
    String page = "<html><head><title>P</title></head><body><h1>P</h1>" + links
        + "</body></html>";
    List<String> broken = check(Map.of("index.html", page, "a b/index.html", target), Map.of(),
        Memo.forOneBuild()).stream()
        .map(h -> h.replaceFirst(".*broken link '", "'").replace(" (a href) on index.html", ""))
        .sorted().toList();
    assertEquals(List.of(
        "'" + base + "./missing/': there is no page or file at " + base + "missing/",
        "'" + base + "a b/#nope': there is no id 'nope' on " + base + "a b/",
        "'" + base + "a%20b/#no%70e': there is no id 'nope' on " + base + "a b/",
        "'" + base + "missing/': there is no page or file at " + base + "missing/"), broken);
  }

  @Test
  void theIndexFilesAreNotPartOfTheWorldButLinksIntoThemAreStillChecked() {
    String base = config().basePath();
    String page = "<html><head><title>P</title></head><body><h1>P</h1>"
        + "<a href=\"" + base + "search/words/aaa.json\">index file</a>"
        + "<a href=\"" + base + "other/\">other</a></body></html>";
    Map<String, String> pages = Map.of("index.html", page, "other/index.html",
        "<html><head><title>O</title></head><body><h1>O</h1></body></html>");
    Memo memo = Memo.acrossBuilds();
    // First the linked index file exists; then the index changed, and it is gone.
    assertEquals(List.of(), check(pages, Map.of("search/words/aaa.json", "{}"), memo));
    int entries = memo.size();
    assertEquals(List.of("templates/a template: broken link '" + base + "search/words/aaa.json' "
        + "(a href) on index.html: there is no page or file at " + base + "search/words/aaa.json"),
        check(pages, Map.of("search/words/bbb.json", "{}"), memo));
    assertEquals(entries, memo.size(), "the page's other links' verdicts were reused");
  }

  private SiteConfig config() {
    TestSite.minimal(dir);
    return ConfigLoader.load(dir, new Diagnostics()).orElseThrow();
  }

  /** The link checks' headlines over an output of {@code pages} and {@code files}. */
  private List<String> check(Map<String, String> pages, Map<String, String> files, Memo memo) {
    OutputTree tree = new OutputTree();
    pages.forEach((file, html) -> tree.put(file, html, "test"));
    files.forEach((file, text) -> tree.put(file, text, "test"));
    Diagnostics out = new Diagnostics();
    List<PageFacts> facts = new java.util.ArrayList<>();
    Map<String, dev.lectern.memo.Fingerprint> keys = new java.util.TreeMap<>();
    new java.util.TreeMap<>(pages).forEach((file, html) -> {
      facts.add(PageChecks.check(html.getBytes(UTF_8), file, new SourcePosition(file, 1, 0),
          out));
      keys.put(file, Digester.of(html));
    });
    new LinkChecks(config(), tree, facts, List.of(), text -> Optional.empty(),
        java.util.Set.of(), new dev.lectern.diagnostic.LinkReports(false))
        .run(out, memo.table("links"), keys);
    return Diags.headlines(out);
  }
}
