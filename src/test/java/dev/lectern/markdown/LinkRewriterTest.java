package dev.lectern.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.config.SiteConfig.MarkdownOptions;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.testing.Diags;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LinkRewriterTest {
  private static final Map<String, String> PAGES = Map.of(
      "a/page.md", "/g/a/page/",
      "a/_index.md", "/g/a/",
      "b/01-other.md", "/g/b/other/",
      "b/_index.md", "/g/b/",
      "_index.md", "/g/");
  private static final Map<String, String> FILES = Map.of("a/img/dot.png", "/g/a/img/dot.png");

  private static final LinkTargets TARGETS = new LinkTargets() {
    @Override
    public Optional<String> pageUrl(String p) {
      return Optional.ofNullable(PAGES.get(p));
    }

    @Override
    public Optional<String> fileUrl(String p) {
      return Optional.ofNullable(FILES.get(p));
    }

    @Override
    public Set<String> allPaths() {
      return Set.of("a/page.md", "a/_index.md", "b/01-other.md", "b/_index.md", "_index.md",
          "a/img/dot.png");
    }
  };

  private final MarkdownEngine engine = new MarkdownEngine(new MarkdownOptions(false));

  private String rewrite(String md, Diagnostics d) {
    ParsedMarkdown p = Md.parse(engine, md, d);
    new LinkRewriter(TARGETS).rewrite(p, d);
    return engine.renderPage(p, d);
  }

  @Test
  void rewritesRelativeMarkdownLinksToPageUrlsKeepingFragments() {
    Diagnostics d = new Diagnostics();
    String html = rewrite("""
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
  void leavesAbsoluteRootRelativeAndFragmentLinksAlone() {
    Diagnostics d = new Diagnostics();
    String html = rewrite("[a](https://x.org/a.md) [b](/abs/) [c](#local) [d](mailto:a@b.c)\n", d);
    assertEquals(List.of(), Diags.headlines(d));
    assertTrue(html.contains("href=\"https://x.org/a.md\""), html);
    assertTrue(html.contains("href=\"/abs/\""), html);
    assertTrue(html.contains("href=\"#local\""), html);
    assertTrue(html.contains("href=\"mailto:a@b.c\""), html);
  }

  @Test
  void linksToMissingTargetsAreErrorsAtTheLinkWithASuggestion() {
    Diagnostics d = new Diagnostics();
    rewrite("Intro\n\nSee [other](../b/01-othr.md#x) and ![pic](img/dott.png).\n", d);
    assertEquals(List.of(
        "content/a/page.md:3:5: link to missing page '../b/01-othr.md'",
        "content/a/page.md:3:36: link to missing file 'img/dott.png'"), Diags.headlines(d));
    assertEquals("did you mean '../b/01-other.md'?", d.sorted().get(0).hint());
    assertEquals("did you mean 'img/dot.png'?", d.sorted().get(1).hint());
  }

  @Test
  void writesSuggestionsRelativeToTheLinkingPage() {
    assertEquals("../b/x.md", LinkRewriter.relative("a", "b/x.md"));
    assertEquals("x.md", LinkRewriter.relative("a", "a/x.md"));
    assertEquals("a/x.md", LinkRewriter.relative("", "a/x.md"));
    assertEquals("../../x.md", LinkRewriter.relative("a/b", "x.md"));
  }
}
