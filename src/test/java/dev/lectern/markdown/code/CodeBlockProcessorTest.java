package dev.lectern.markdown.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.testing.Diags;
import dev.lectern.testing.MarkdownPage;
import dev.lectern.markdown.ParsedMarkdown;
import java.util.List;
import java.util.Optional;
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
            + "info string is ignored"),
        Diags.headlines(d).stream().filter(h -> !h.contains("unknown code language")).toList());
    assertEquals("write the fence as " + InfoStringParser.FORM, d.sorted().get(0).hint());
    assertTrue(html.contains("class=\"language-python\""), html);
    assertTrue(html.contains("class=\"language-javascript\""), html);
    assertTrue(html.contains("vite.config.ts"), "a VitePress [label] is the block's caption");
  }

  @Test
  void highlightedLinesPastTheEndAreAWarning() {
    Diagnostics d = new Diagnostics();
    String html = MarkdownPage.render("```python {2,4-9}\na\nb\nc\n```\n", d);
    assertEquals(List.of("content/a.md:1:11: warning: line range 4-9 is past the block's last "
        + "line (3)"), Diags.headlines(d));
    assertTrue(html.contains("Highlighted lines: 2."), html);
  }

  @Test
  void anUnknownLanguageIsAWarningAndTheBlockStaysPlain() {
    Diagnostics d = new Diagnostics();
    String html = MarkdownPage.render("```pyton\nx = 1\n```\n", d);
    assertTrue(html.contains("<pre class=\"language-text\" tabindex=\"0\"><code "
        + "class=\"language-text\">x = 1\n</code></pre>"), html);
    assertEquals(List.of(), Diags.headlines(d));
    ParsedMarkdown parsed = MarkdownPage.parse(MarkdownPage.engine(), "a.md",
        "```pyton\nx\n```\n\n> ```pyton\n> y\n> ```\n", d);
    assertEquals(Optional.of(new UnknownLanguages(List.of(new UnknownLanguages.Use("pyton", 1, 1),
        new UnknownLanguages.Use("pyton", 5, 3)))), parsed.data(UnknownLanguages.KEY));
  }

  @Test
  void unknownLanguagesAreOneWarningPerLanguageListingThePages() {
    Diagnostics d = new Diagnostics();
    List<ParsedMarkdown> pages = List.of(
        MarkdownPage.parse(MarkdownPage.engine(), "a.md", "```pyton\nx\n```\n", d),
        MarkdownPage.parse(MarkdownPage.engine(), "b.md",
            "Text\n\n```zig\nx\n```\n\n```pyton\ny\n```\n", d));
    UnknownLanguages.report(pages, List.of("python", "bash"), d);
    assertEquals(List.of(
        "content/a.md:1:1: warning: unknown code language 'pyton' in 2 blocks on 2 pages "
            + "(content/a.md, content/b.md); shown as plain text",
        "content/b.md:3:1: warning: unknown code language 'zig' in 1 block; shown as plain text"),
        Diags.headlines(d));
    assertEquals("did you mean 'python'? The README lists the highlighted languages; write "
        + "```text for plain text", d.sorted().get(0).hint());
  }

  @Test
  void optionsOfOtherToolsAreWarnedOncePerPage() {
    Diagnostics d = new Diagnostics();
    String html = MarkdownPage.render("```jsx live\nx\n```\n\n```jsx live\ny\n```\n", d);
    assertEquals(List.of("content/a.md:1:8: warning: code block option 'live' is not supported; "
        + "it is ignored"), Diags.headlines(d));
    assertTrue(html.contains(">y\n</code>"), html);
  }

  @Test
  void magicCommentsHighlightAndDisappear() {
    Diagnostics d = new Diagnostics();
    String html = MarkdownPage.render("```js\n// highlight-next-line\na();\nb();\n"
        + "  # highlight-start\nc();\nd();\n<!-- highlight-end -->\ne(); // [!code highlight]\n"
        + "```\n", d);
    assertEquals(List.of(), Diags.headlines(d));
    assertTrue(html.contains("Highlighted lines: 1, 3 to 4, 5."), html);
    assertTrue(!html.contains("highlight-") && !html.contains("[!code"), html);
  }

  @Test
  void brokenMagicCommentsAreWarningsAtTheirLine() {
    Diagnostics d = new Diagnostics();
    MarkdownPage.render("Intro\n\n```python\n# highlight-end\na = 1\n# highlight-start\n"
        + "b = 2\n# highlight-next-line\n```\n", d);
    assertEquals(List.of(
        "content/a.md:4:1: warning: 'highlight-end' without a 'highlight-start' before it",
        "content/a.md:6:1: warning: 'highlight-start' is never ended; the lines after it are "
            + "highlighted to the end of the block",
        "content/a.md:8:1: warning: 'highlight-next-line' on the block's last line highlights "
            + "nothing"), Diags.headlines(d));
  }
}
