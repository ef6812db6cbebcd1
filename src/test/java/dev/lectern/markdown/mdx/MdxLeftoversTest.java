package dev.lectern.markdown.mdx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.testing.Diags;
import dev.lectern.testing.MarkdownPage;
import dev.lectern.testing.SpecExample;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The examples of {@code mdx-spec.txt} (each renders as shown and gives its warning, except the
 * last section's), and the warnings' exact text and places.
 */
class MdxLeftoversTest {
  static List<SpecExample> examples() {
    return SpecExample.read("/spec/mdx-spec.txt");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void rendersAsSpecifiedWithAWarning(SpecExample example) {
    Diagnostics d = new Diagnostics();
    assertEquals(example.html(), MarkdownPage.render(example.markdown(), d),
        "Markdown:\n" + example.markdown());
    List<String> warnings = Diags.headlines(d);
    assertEquals(example.section().equals("Left alone") ? 0 : 1, warnings.size(),
        warnings.toString());
  }

  @Test
  void theSpecFileHasExamples() {
    assertTrue(examples().size() >= 10);
  }

  @Test
  void warnsOncePerPageForEsmAndOncePerComponent() {
    Diagnostics d = new Diagnostics();
    MarkdownPage.render("import A from './a';\n\nText <Note>one</Note>.\n\n"
        + "export const x = 1;\n\n<Note>\n\ntwo\n\n</Note>\n\n  An <Card title={t} /> card.\n", d);
    assertEquals(List.of(
        "content/a.md:1:1: warning: 2 MDX import/export lines left out: Lectern does not run the "
            + "page's JavaScript",
        "content/a.md:3:6: warning: MDX component <Note> left out, with its properties; the "
            + "Markdown between its tags is kept",
        "content/a.md:13:6: warning: MDX component <Card> left out, with its properties; the "
            + "Markdown between its tags is kept"), Diags.headlines(d));
  }

  @Test
  void componentsOverSeveralLinesAreFoundAtTheirLine() {
    Diagnostics d = new Diagnostics();
    String html = MarkdownPage.render("Intro.\n\n<div>\n  <Tabs2 a=\"1\">\n  x\n</div>\n", d);
    assertEquals(List.of("content/a.md:4:3: warning: MDX component <Tabs2> left out, with its "
        + "properties; the Markdown between its tags is kept"), Diags.headlines(d));
    assertTrue(html.contains("<div>") && html.contains("x"), html);
  }

  @Test
  void templateTagsWarnOncePerKind() {
    Diagnostics d = new Diagnostics();
    String html = MarkdownPage.render("A {{< ref \"x\" >}} b {{< ref \"y\" >}}\n\n"
        + "{% if x %}c{% endif %}\n", d);
    assertEquals(List.of(
        "content/a.md:1:3: warning: Hugo shortcode '{{< ref \"x\" >}}' is shown as text: "
            + "Lectern has no templates in pages",
        "content/a.md:3:1: warning: template tag '{% if x %}' is shown as text: Lectern has no "
            + "templates in pages"), Diags.headlines(d));
    assertTrue(html.contains("{% if x %}c{% endif %}"), html);
  }

  @Test
  void pathologicalInputsEnd() {
    for (String markdown : List.of("<A b={".repeat(20_000), "<A " + "b=\"c\" ".repeat(20_000),
        "{{<".repeat(30_000), "{% ".repeat(30_000) + "x", "import ".repeat(20_000),
        "export const x = {" + "{".repeat(20_000), "<A>".repeat(20_000) + "text",
        "<A\n".repeat(5_000) + "/>", "<A b={" + "a".repeat(100_000) + "}>",
        "<A b=\"" + "a".repeat(100_000) + "\">", "{{< " + "a".repeat(100_000) + " >}}")) {
      Diagnostics d = new Diagnostics();
      MarkdownPage.render(markdown + "\n", d);
      assertTrue(Diags.errors(d).isEmpty(), Diags.errors(d).toString());
    }
  }
}
