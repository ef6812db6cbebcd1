package dev.lectern.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.config.SiteConfig.MarkdownOptions;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.testing.Diags;
import dev.lectern.testing.TestScope;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownEngineTest {
  private final MarkdownEngine safe = Md.engine(new MarkdownOptions(false));
  private final MarkdownEngine unsafe = Md.engine(new MarkdownOptions(true));

  private String render(MarkdownEngine engine, String md, Diagnostics d) {
    return renderPage(engine, Md.parse(engine, md, d), d);
  }

  private static String renderPage(MarkdownEngine engine, ParsedMarkdown p, Diagnostics d) {
    return engine.render(p.document(), new TestScope(p, d));
  }

  @Test
  void headingsGetGithubIdsAndExplicitIdsWin() {
    Diagnostics d = new Diagnostics();
    ParsedMarkdown p = Md.parse(safe, """
        ## Why `yield`?
        ## Why `yield`?
        ### Custom one {#my-id}
        ## *Emphasis* and **strong**
        """, d);
    String html = renderPage(safe, p, d);
    assertEquals(List.of(
        new TocEntry(2, "Why yield?", "why-yield"),
        new TocEntry(2, "Why yield?", "why-yield-1"),
        new TocEntry(3, "Custom one", "my-id"),
        new TocEntry(2, "Emphasis and strong", "emphasis-and-strong")), p.headings());
    assertTrue(html.contains("<h2 id=\"why-yield\">Why <code>yield</code>?</h2>"), html);
    assertTrue(html.contains("<h3 id=\"my-id\">Custom one</h3>"), html);
    assertEquals(List.of(), Diags.headlines(d));
  }

  @Test
  void theSameExplicitIdTwiceIsAnError() {
    Diagnostics d = new Diagnostics();
    Md.parse(safe, "## One {#x}\n\n## Two {#x}\n", d);
    assertEquals(List.of("content/a/page.md:3:1: heading id 'x' is used twice on this page"),
        Diags.headlines(d));
  }

  @Test
  void rendersGfmTablesStrikethroughTaskListsAutolinksAndFootnotes() {
    String html = Md.html("""
        | a | b |
        |---|---|
        | 1 | 2 |

        ~~old~~ https://example.org

        - [x] done
        - [ ] todo

        Claim.[^1]

        [^1]: Source.
        """);
    assertTrue(html.contains("<table tabindex=\"0\">"), html);
    assertTrue(html.contains("<del>old</del>"), html);
    assertTrue(html.contains("<a href=\"https://example.org\">https://example.org</a>"), html);
    assertTrue(html.contains("<input type=\"checkbox\" disabled=\"\" checked=\"\">"), html);
    assertTrue(html.contains("data-footnote-ref"), html);
  }

  @Test
  void rawHtmlIsSanitisedByDefaultWithAWarning() {
    Diagnostics d = new Diagnostics();
    String html = render(safe, "<div onclick=\"x()\">hi</div>\n\nText <b>bold</b>.\n", d);
    assertEquals("<div>hi</div>\n<p>Text <b>bold</b>.</p>\n", html);
    assertEquals(List.of("content/a/page.md:1:1: warning: raw HTML: removed onclick"),
        Diags.headlines(d));
  }

  @Test
  void rawHtmlPassesWhenOptedInButNeverWithScriptUrls() {
    Diagnostics d = new Diagnostics();
    String html = render(unsafe,
        "<a href=\"javascript:alert(1)\">x</a> and <kbd>Ctrl</kbd>\n", d);
    assertTrue(html.contains("<kbd>Ctrl</kbd>"), html);
    assertFalse(html.contains("javascript:"), html);
    assertEquals(List.of(), Diags.headlines(d));
  }

  @Test
  void scriptUrlsInMarkdownLinksAreErrorsAndNeverEmitted() {
    Diagnostics d = new Diagnostics();
    String html = render(safe, "[a](javascript:alert(1)) ![b](data:text/html,x) [c](JaVaScRiPt:x)\n", d);
    assertFalse(html.toLowerCase().contains("javascript:"), html);
    assertFalse(html.contains("data:"), html);
    assertEquals(List.of(
        "content/a/page.md:1:1: unsafe URL scheme 'javascript:'",
        "content/a/page.md:1:26: unsafe URL scheme 'data:'",
        "content/a/page.md:1:49: unsafe URL scheme 'javascript:'"), Diags.headlines(d));
  }

  @Test
  void theLeadingLevelOneHeadingIsTheTitleAndLaterOnesMoveDownWithAWarning() {
    Diagnostics d = new Diagnostics();
    ParsedMarkdown p = Md.parse(safe, "# The `title`\n\nIntro\n\n# Title again\n\n## Sub\n", d);
    assertEquals(List.of("content/a/page.md:5:1: warning: a second level-1 heading; it is "
        + "shown one level down, as '##'"), Diags.headlines(d));
    assertEquals("The title", p.title().orElseThrow().text());
    assertEquals("the-title", p.title().orElseThrow().id());
    assertEquals(List.of(2, 2), p.headings().stream().map(TocEntry::level).toList(),
        "the title heading is not in the body's headings; the second h1 is an h2");
    String html = safe.render(p.document(), new TestScope(p, d));
    assertFalse(html.contains("<h1"), html);
    assertTrue(html.contains("<h2 id=\"title-again\">Title again</h2>"), html);
  }

  @Test
  void aLeadingTitleHeadingInsideRawHtmlIsStillTheTitle() {
    // Docusaurus pages wrap their body in a <div>: the heading is the page's only h1.
    Diagnostics d = new Diagnostics();
    ParsedMarkdown p = Md.parse(safe, "<div class=\"style-guide\">\n\n# Style guide\n\n"
        + "Intro\n\n# Again\n\n</div>\n", d);
    assertEquals("Style guide", p.title().orElseThrow().text());
    assertEquals(List.of("content/a/page.md:7:1: warning: a second level-1 heading; it is "
        + "shown one level down, as '##'"), Diags.headlines(d));
    String html = safe.render(p.document(), new TestScope(p, d));
    assertFalse(html.contains("<h1"), html);
    assertTrue(html.contains("<div class=\"style-guide\">"), html);
    assertTrue(html.contains("<h2 id=\"again\">Again</h2>"), html);
  }

  @Test
  void countsWordsOfProseAndCode() {
    ParsedMarkdown p = Md.parse(safe, "One two *three*.\n\n```\nfour five\n```\n", new Diagnostics());
    assertEquals(5, p.words());
  }

  @Test
  void oneSharedEngineGivesTheSameHtmlOnManyThreads() {
    List<String> sources = java.util.stream.IntStream.range(0, 300).mapToObj(i -> """
        ## Section %d

        Text with a [link](https://example.org/%d) and `code`.

        > [!NOTE]
        > Note %d.

        | a | b |
        |---|---|
        | %d | x |
        """.formatted(i % 7, i, i, i)).toList();
    List<String> sequential = sources.stream().map(s -> render(safe, s, new Diagnostics())).toList();
    List<String> parallel = sources.parallelStream()
        .map(s -> render(safe, s, new Diagnostics())).toList();
    assertEquals(sequential, parallel);
  }
}
