package dev.lectern.markdown.attributes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.markdown.ParsedMarkdown;
import dev.lectern.markdown.TocEntry;
import dev.lectern.testing.Diags;
import dev.lectern.testing.MarkdownPage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What attribute lists may not set, reported where the list is; and the table of contents. */
class AttributesErrorsTest {
  private static List<String> problems(String markdown) {
    Diagnostics d = new Diagnostics();
    MarkdownPage.render(markdown, d);
    return Diags.headlines(d);
  }

  @Test
  void eventHandlersUrlsAndScriptInStylesAreLeftOut() {
    Diagnostics d = new Diagnostics();
    String html = MarkdownPage.render("Intro.\n\n![x](a.png){ onerror=\"alert(1)\" "
        + "style=\"background:url(x)\" href=\"javascript:alert(1)\" }\n", d);
    assertEquals("<p>Intro.</p>\n<p><img src=\"a.png\" alt=\"x\" /></p>\n", html);
    assertEquals(List.of("content/a.md:3:12: warning: attribute list: left out onerror (an event "
        + "handler), style (it may load URLs or run script), href (a URL: write it in Markdown)"),
        Diags.headlines(d));
  }

  @Test
  void scriptHidesInNoStyle() {
    for (String style : List.of("width: expression(alert(1))", "x: javascript:alert(1)",
        "background: URL ( x )", "@import 'x'", "content: '\\75 rl(x)'")) {
      String html = MarkdownPage.render("[a](b){ style=\"" + style + "\" }\n", new Diagnostics());
      assertFalse(html.contains("style="), html);
    }
  }

  @Test
  void unknownAttributesAndBadValuesOnAHeading() {
    assertEquals(List.of("content/a.md:2:10: warning: attribute list: left out formaction (a URL: "
        + "write it in Markdown), loading=soon (expected eager or lazy), contenteditable (not an "
        + "attribute Lectern sets)"),
        problems("\n## Title { #t formaction=x loading=soon contenteditable=true }\n"));
  }

  @Test
  void aListAfterNothing() {
    assertEquals(List.of("content/a.md:1:1: warning: this attribute list follows no paragraph, "
        + "heading, list, quote or table; it is ignored"), problems("{: .orphan }\n"));
    assertEquals(List.of("content/a.md:5:1: warning: this attribute list follows no paragraph, "
        + "heading, list, quote or table; it is ignored"),
        problems("```\ncode\n```\n\n{: .after-code }\n"));
  }

  @Test
  void tocLabelsNameHeadingsInTheTableOfContents() {
    ParsedMarkdown p = MarkdownPage.parse(MarkdownPage.engine(), "a.md",
        "## A long heading { #long data-toc-label=\"Short\" }\n\n## Plain\n", new Diagnostics());
    assertEquals(List.of(new TocEntry(2, "Short", "long"), new TocEntry(2, "Plain", "plain")),
        p.headings());
  }

  @Test
  void explicitIdsStillClash() {
    assertEquals(List.of("content/a.md:3:1: heading id 'x' is used twice on this page"),
        problems("## One {#x}\n\n## Two { #x }\n"));
  }
}
