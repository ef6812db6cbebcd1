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
  void malformedInfoStringsAreWarningsAtTheirColumnAndTheBlockKeepsItsLanguage() {
    Diagnostics d = new Diagnostics();
    String html = MarkdownPage.render("Text\n\n```python {5-2}\nx\n```\n\n"
        + "> ```js title=\"a\n> y\n> ```\n\n```ts [vite.config.ts]\nz\n```\n", d);
    assertEquals(List.of(
        "content/a.md:3:12: warning: bad line range '5-2': it ends before it starts; the rest "
            + "of the info string is ignored",
        "content/a.md:7:15: warning: unclosed quote in the value of 'title'; the rest of the "
            + "info string is ignored",
        "content/a.md:11:7: warning: unexpected '[' in the code fence's info string; the rest "
            + "of the info string is ignored"),
        Diags.headlines(d).stream().filter(h -> !h.contains("unknown code language")).toList());
    assertEquals("write the fence as " + InfoStringParser.FORM, d.sorted().get(0).hint());
    assertTrue(html.contains("class=\"language-python\""), html);
    assertTrue(html.contains("class=\"language-javascript\""), html);
  }

  @Test
  void highlightedLinesPastTheEndAreAWarning() {
    Diagnostics d = new Diagnostics();
    MarkdownPage.render("```python {2,4-9}\na\nb\nc\n```\n", d);
    assertEquals(List.of("content/a.md:1:11: warning: line range 4-9 is past the block's last "
        + "line (3)"), Diags.headlines(d));
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
