package dev.lectern.markdown.admonition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.testing.Diags;
import dev.lectern.testing.MarkdownPage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Problems with admonitions of every dialect, reported at their line and column. */
class AdmonitionErrorsTest {
  private static List<String> problems(String markdown) {
    Diagnostics d = new Diagnostics();
    MarkdownPage.render(markdown, d);
    return Diags.headlines(d);
  }

  @Test
  void anUnknownTypeIsANoteWithAWarning() {
    Diagnostics d = new Diagnostics();
    String html = MarkdownPage.render("Intro.\n\n!!! pied-piper \"Pied Piper\"\n    Body.\n", d);
    assertTrue(html.contains("<div class=\"callout callout-note\" role=\"note\">"), html);
    assertEquals(List.of("content/a.md:3:1: warning: unknown admonition type 'pied-piper'; it is "
        + "shown as a note"), Diags.headlines(d));
  }

  @Test
  void aMisspelledTypeGetsASuggestion() {
    Diagnostics d = new Diagnostics();
    MarkdownPage.render("  !!! warnign\n      Body.\n", d);
    assertEquals("did you mean 'warning'?", d.sorted().get(0).hint());
    assertEquals(List.of("content/a.md:1:1: warning: unknown admonition type 'warnign'; it is "
        + "shown as a note"), Diags.headlines(d));
  }

  @Test
  void unknownTypesInEveryDialect() {
    assertEquals(List.of(
        "content/a.md:1:1: warning: unknown admonition type 'FOO'; it is shown as a note",
        "content/a.md:4:1: warning: unknown admonition type 'bar'; it is shown as a note",
        "content/a.md:9:1: warning: unknown admonition type 'baz'; it is shown as a note"),
        problems("> [!FOO]\n> Body.\n\n/// admonition\n    type: bar\nBody.\n///\n\n"
            + "/// details | T\n    type: baz\nBody.\n///\n"));
  }

  @Test
  void unclosedFencedAdmonitions() {
    assertEquals(List.of("content/a.md:2:1: warning: ':::danger' is never closed; it runs to the "
        + "end of the page or of the block around it"), problems("Intro.\n:::danger\nBody.\n"));
    assertEquals(List.of("content/a.md:3:1: warning: '//// note' is never closed; it runs to the "
        + "end of the page or of the block around it"),
        problems("Intro.\n\n//// note\nBody.\n///\n"));
  }

  @Test
  void anUnknownSlashBlockKeepsItsContentWithAWarning() {
    Diagnostics d = new Diagnostics();
    String html = MarkdownPage.render("/// html | div\nKept.\n///\n", d);
    assertEquals("<div class=\"block-html\">\n<p>Kept.</p>\n</div>\n", html);
    assertEquals(List.of("content/a.md:1:1: warning: unknown block '/// html'; its content is "
        + "shown in a plain <div class=\"block-html\">"), Diags.headlines(d));
  }

  @Test
  void anUnknownContainerIsNotAnAdmonition() {
    assertEquals(List.of("content/a.md:1:1: warning: unknown block ':::sidebar'; its content is "
        + "shown in a plain <div class=\"sidebar\">"), problems(":::sidebar\nText.\n:::\n"));
  }

  @Test
  void faqStaysLecternsFaqBlockInTheContainerFamily() {
    Diagnostics d = new Diagnostics();
    String html = MarkdownPage.render(":::faq\n### Why?\nBecause.\n:::\n\n!!! faq\n    A question"
        + " admonition.\n", d);
    assertTrue(html.startsWith("<section class=\"faq\""), html);
    assertTrue(html.contains("<div class=\"callout callout-question\" role=\"note\">"), html);
    assertEquals(List.of(), Diags.headlines(d));
  }
}
