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
    TestSite.minimal(dir);
    SiteConfig config = ConfigLoader.load(dir, new Diagnostics()).orElseThrow();
    OutputTree tree = new OutputTree();
    // Two pages in one folder: '#intro' is fine on the first and broken on the second.
    String first = "<html><head><title>A</title></head><body><h1 id=intro>A</h1>"
        + "<a href=\"#intro\">self</a></body></html>";
    String second = "<html><head><title>B</title></head><body><h1>B</h1>"
        + "<a href=\"#intro\">self</a></body></html>";
    tree.put("index.html", first, "test");
    tree.put("other.html", second, "test");
    Diagnostics out = new Diagnostics();
    List<PageFacts> facts = List.of(
        PageChecks.check(first.getBytes(UTF_8), "index.html", new SourcePosition("a", 1, 0), out),
        PageChecks.check(second.getBytes(UTF_8), "other.html", new SourcePosition("b", 1, 0),
            out));
    new LinkChecks(config, tree, facts, List.of(), text -> Optional.empty(), java.util.Set.of(),
        new dev.lectern.diagnostic.LinkReports(false))
        .run(out, Memo.forOneBuild().table("links"),
            Map.of("index.html", Digester.of("a"), "other.html", Digester.of("b")));
    assertEquals(List.of("templates/a template: broken link '#intro' (a href) on other.html: "
        + "there is no id 'intro' on this page"), Diags.headlines(out));
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
    TestSite.minimal(dir);
    SiteConfig config = ConfigLoader.load(dir, new Diagnostics()).orElseThrow();
    String base = config.basePath();
    OutputTree tree = new OutputTree();
    String target = "<html><head><title>T</title></head><body><h1 id=intro>T</h1></body></html>";
    StringBuilder links = new StringBuilder();
    for (String url : List.of("a b/", "a%20b/", "./a b/", "x/../a b/", "a b/#intro",
        "a%20b/#intro", "a b/#nope", "a%20b/#no%70e", "missing/", "./missing/")) {
      links.append("<a href=\"").append(base).append(url).append("\">l</a>");
    }
    String page = "<html><head><title>P</title></head><body><h1>P</h1>" + links
        + "</body></html>";
    tree.put("a b/index.html", target, "test");
    tree.put("index.html", page, "test");
    Diagnostics out = new Diagnostics();
    List<PageFacts> facts = List.of(
        PageChecks.check(page.getBytes(UTF_8), "index.html", new SourcePosition("p", 1, 0), out),
        PageChecks.check(target.getBytes(UTF_8), "a b/index.html",
            new SourcePosition("t", 1, 0), out));
    new LinkChecks(config, tree, facts, List.of(), text -> Optional.empty(), java.util.Set.of(),
        new dev.lectern.diagnostic.LinkReports(false))
        .run(out, Memo.forOneBuild().table("links"),
            Map.of("index.html", Digester.of("p"), "a b/index.html", Digester.of("t")));
    List<String> broken = Diags.headlines(out).stream()
        .map(h -> h.replaceFirst(".*broken link '", "'").replaceFirst(" \\(a href\\) on index.html", ""))
        .sorted().toList();
    assertEquals(List.of(
        "'" + base + "./missing/': there is no page or file at " + base + "missing/",
        "'" + base + "a b/#nope': there is no id 'nope' on " + base + "a b/",
        "'" + base + "a%20b/#no%70e': there is no id 'nope' on " + base + "a b/",
        "'" + base + "missing/': there is no page or file at " + base + "missing/"), broken);
  }

  @Test
  void theIndexFilesAreNotPartOfTheWorldButLinksIntoThemAreStillChecked() {
    TestSite.minimal(dir);
    SiteConfig config = ConfigLoader.load(dir, new Diagnostics()).orElseThrow();
    String base = config.basePath();
    String page = "<html><head><title>P</title></head><body><h1>P</h1>"
        + "<a href=\"" + base + "search/words/aaa.json\">index file</a>"
        + "<a href=\"" + base + "other/\">other</a></body></html>";
    Memo memo = Memo.acrossBuilds();
    // First the linked index file exists; then the index changed, and it is gone.
    assertEquals(List.of(), check(config, page, "search/words/aaa.json", memo));
    int entries = memo.size();
    assertEquals(List.of("templates/a template: broken link '" + base + "search/words/aaa.json' "
        + "(a href) on index.html: there is no page or file at " + base + "search/words/aaa.json"),
        check(config, page, "search/words/bbb.json", memo));
    assertEquals(entries, memo.size(), "the page's other links' verdicts were reused");
  }

  private static List<String> check(SiteConfig config, String page, String indexFile,
      Memo memo) {
    OutputTree tree = new OutputTree();
    String other = "<html><head><title>O</title></head><body><h1>O</h1></body></html>";
    tree.put("index.html", page, "test");
    tree.put("other/index.html", other, "test");
    tree.put(indexFile, "{}", "test");
    Diagnostics out = new Diagnostics();
    List<PageFacts> facts = List.of(
        PageChecks.check(page.getBytes(UTF_8), "index.html", new SourcePosition("p", 1, 0), out),
        PageChecks.check(other.getBytes(UTF_8), "other/index.html",
            new SourcePosition("o", 1, 0), out));
    new LinkChecks(config, tree, facts, List.of(), text -> Optional.empty(), java.util.Set.of(),
        new dev.lectern.diagnostic.LinkReports(false))
        .run(out, memo.table("links"),
            Map.of("index.html", Digester.of("p"), "other/index.html", Digester.of("o")));
    return Diags.headlines(out);
  }
}
