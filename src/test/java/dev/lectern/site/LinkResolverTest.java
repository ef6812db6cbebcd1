package dev.lectern.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.config.ConfigLoader;
import dev.lectern.config.SiteConfig;
import dev.lectern.content.StaticFile;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.markdown.MarkdownEngine;
import dev.lectern.markdown.ParsedMarkdown;
import dev.lectern.testing.Diags;
import dev.lectern.testing.MarkdownPage;
import dev.lectern.testing.TestScope;
import dev.lectern.testing.TestSite;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import dev.lectern.content.ContentSet;
import dev.lectern.diagnostic.LinkReports;
import java.util.Set;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkResolverTest {
  @TempDir Path dir;

  private final MarkdownEngine engine = MarkdownPage.engine();

  /** The HTML of {@code md} as page a/page.md of a small site, its links resolved. */
  private String resolve(String md, Diagnostics d) {
    SiteConfig config = ConfigLoader.load(TestSite.empty(dir)
        .file("site.yml", "title: T\nbase_url: https://x.org/g/\n").root(), d).orElseThrow();
    List<ParsedMarkdown> parsed = new ArrayList<>();
    for (String path : List.of("_index.md", "a/_index.md", "b/_index.md", "b/01-other.md")) {
      parsed.add(MarkdownPage.parse(engine, path, "Text.\n", d));
    }
    ParsedMarkdown page = MarkdownPage.parse(engine, "a/page.md", md, d);
    parsed.add(page);
    ContentSet content = new ContentSet(List.of(),
        List.of(new StaticFile("a/img/dot.png", dir.resolve("dot.png"))),
        Set.of("a/page.md", "b/01-other.md"), Map.of(), List.of(), Set.of());
    LinkReports reports = new LinkReports(false);
    Site site = SiteAssembler.assemble(config, parsed, content, PageDates.none(), reports, d)
        .orElseThrow().site();
    PageLinks links = new LinkResolver(site, reports).resolve(page, d);
    Map<Node, String> urls = new IdentityHashMap<>();
    List<Node> nodes = page.linkNodes();
    for (int i = 0; i < nodes.size(); i++) {
      Node node = nodes.get(i);
      links.url(i).ifPresent(u -> urls.put(node, u));
    }
    return engine.render(page.document(), new TestScope(page, d, urls));
  }

  @Test
  void resolvesRelativeMarkdownLinksToPageUrlsKeepingFragments() {
    Diagnostics d = new Diagnostics();
    String html = resolve("""
        [x](../b/01-other.md#send) [y](page.md) [z](../_index.md) [w](./../b/) [v](../b)
        ![dot](img/dot.png) [q](../b/01-other.md?x=1#f)
        """, d);
    assertEquals(List.of(), Diags.headlines(d));
    assertTrue(html.contains("href=\"/g/b/other/#send\""), html);
    assertTrue(html.contains("href=\"/g/a/page/\""), html);
    assertTrue(html.contains("href=\"/g/\""), html);
    assertTrue(html.contains("<a href=\"/g/b/\">w</a>"), html);
    assertTrue(html.contains("<a href=\"/g/b/\">v</a>"), html);
    assertTrue(html.contains("src=\"/g/a/img/dot.png\""), html);
    assertTrue(html.contains("href=\"/g/b/other/?x=1#f\""), html);
  }

  @Test
  void leavesAbsoluteAndFragmentLinksAloneAndPutsRootRelativeOnesUnderTheBasePath() {
    Diagnostics d = new Diagnostics();
    String html = resolve("[a](https://x.org/a.md) [b](/abs/) [c](#local) [d](mailto:a@b.c)\n", d);
    assertEquals(List.of(), Diags.headlines(d));
    assertTrue(html.contains("href=\"https://x.org/a.md\""), html);
    assertTrue(html.contains("href=\"/g/abs/\""), html);
    assertTrue(html.contains("href=\"#local\""), html);
    assertTrue(html.contains("href=\"mailto:a@b.c\""), html);
  }

  @Test
  void linksToMissingTargetsAreErrorsAtTheLinkWithASuggestion() {
    Diagnostics d = new Diagnostics();
    resolve("Intro\n\nSee [other](../b/01-othr.md#x) and ![pic](img/dott.png).\n", d);
    assertEquals(List.of(
        "content/a/page.md:3:5: link to missing page '../b/01-othr.md'",
        "content/a/page.md:3:36: link to missing file 'img/dott.png'"), Diags.headlines(d));
    assertEquals("did you mean '../b/01-other.md'?", d.sorted().get(0).hint());
    assertEquals("did you mean 'img/dot.png'?", d.sorted().get(1).hint());
  }

  @Test
  void resolvingLeavesTheDocumentAsParsed() {
    Diagnostics d = new Diagnostics();
    String first = resolve("[x](../b/01-other.md#send)\n", d);
    assertTrue(first.contains("href=\"/g/b/other/#send\""), first);
    ParsedMarkdown page = MarkdownPage.parse(engine, "a/page.md", "[x](../b/01-other.md)\n", d);
    String plain = engine.render(page.document(), new TestScope(page, d));
    assertTrue(plain.contains("href=\"../b/01-other.md\""), plain);
  }

  @Test
  void writesSuggestionsRelativeToTheLinkingPage() {
    assertEquals("../b/x.md", LinkResolver.relative("a", "b/x.md"));
    assertEquals("x.md", LinkResolver.relative("a", "a/x.md"));
    assertEquals("a/x.md", LinkResolver.relative("", "a/x.md"));
    assertEquals("../../x.md", LinkResolver.relative("a/b", "x.md"));
  }
}
