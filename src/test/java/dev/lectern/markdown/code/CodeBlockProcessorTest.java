package dev.lectern.markdown.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.testing.Diags;
import dev.lectern.testing.MarkdownPage;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodeBlockProcessorTest {
  @Test
  void malformedInfoStringsAreErrorsAtTheirColumn() {
    Diagnostics d = new Diagnostics();
    MarkdownPage.render("Text\n\n```python {5-2}\nx\n```\n\n> ```js title=\"a\n> y\n> ```\n", d);
    assertEquals(List.of(
        "content/a.md:3:12: bad line range '5-2': it ends before it starts",
        "content/a.md:7:15: unclosed quote in the value of 'title'"), Diags.headlines(d));
    assertEquals("write the fence as " + InfoStringParser.FORM, d.sorted().get(0).hint());
  }

  @Test
  void highlightedLinesMustExist() {
    Diagnostics d = new Diagnostics();
    MarkdownPage.render("```python {2,4-9}\na\nb\nc\n```\n", d);
    assertEquals(List.of("content/a.md:1:11: line range 4-9 is past the block's last line (3)"),
        Diags.headlines(d));
  }

  @Test
  void anUnknownLanguageIsAWarningAndTheBlockStaysPlain() {
    Diagnostics d = new Diagnostics();
    String html = MarkdownPage.render("```pyton\nx = 1\n```\n", d);
    assertTrue(html.contains("<pre class=\"language-text\" tabindex=\"0\"><code "
        + "class=\"language-text\">x = 1\n</code></pre>"), html);
    List<String> lines = Diags.headlines(d);
    assertEquals(1, lines.size());
    assertTrue(lines.get(0).startsWith(
        "content/a.md:1:1: warning: unknown code language 'pyton' (known: bash, "), lines.get(0));
    assertTrue(lines.get(0).contains(", python, "), lines.get(0));
    assertEquals("did you mean 'python'?", d.sorted().get(0).hint());
  }
}
