package dev.lectern.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.testing.MarkdownPage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Unclosed, deeply nested and huge inputs of the foreign dialects: the engine renders them
 * without an exception and keeps their text. (How long they take is measured by hand, not
 * asserted: see the commit messages.)
 */
class DialectPathologyTest {
  private static String render(String markdown) {
    return MarkdownPage.render(markdown, new Diagnostics());
  }

  @Test
  void unclosedBlocksOfEveryKindRunToTheEnd() {
    for (String open : List.of(":::note", "::: details", "/// note", "/// tab | A",
        "::: code-group", "<Tabs>\n<TabItem label=\"a\">", "//// details | T\n    open: true")) {
      String html = render("Before.\n\n" + open + "\n\nInside.\n");
      assertTrue(html.contains("<p>Inside.</p>"), open + " → " + html);
    }
  }

  @Test
  void deepNestingOfEveryBlockKind() {
    int depth = 200;
    StringBuilder indented = new StringBuilder();
    StringBuilder tabbed = new StringBuilder();
    StringBuilder colons = new StringBuilder();
    StringBuilder slashes = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      indented.append("    ".repeat(i)).append("!!! note\n");
      tabbed.append("    ".repeat(i)).append("=== \"t").append(i).append("\"\n");
      colons.append(":".repeat(3 + depth - i)).append("tip\n");
      slashes.append("/".repeat(3 + depth - i)).append(" note\n");
    }
    indented.append("    ".repeat(depth)).append("Deep.\n");
    tabbed.append("    ".repeat(depth)).append("Deep.\n");
    colons.append("Deep.\n");
    slashes.append("Deep.\n");
    for (int i = depth - 1; i >= 0; i--) {
      colons.append(":".repeat(3 + depth - i)).append('\n');
      slashes.append("/".repeat(3 + depth - i)).append('\n');
    }
    for (StringBuilder md : List.of(indented, tabbed, colons, slashes)) {
      String html = render(md.toString());
      assertTrue(html.contains("Deep."), md.substring(0, 20));
    }
  }

  @Test
  void hugeInputs() {
    int n = 5_000;
    String admonitions = "!!! note \"T\"\n    Body ==mark== H~2~O :smile: ++ctrl+c++\n\n".repeat(n);
    assertEquals(n, count(render(admonitions), "class=\"callout callout-note\""));
    String tabs = "=== \"uv\"\n    A\n=== \"pip\"\n    B\n\nText.\n\n".repeat(n / 4);
    assertEquals(n / 4, count(render(tabs), "class=\"tabs\""));
    String abbreviations = "HTML and CSS ".repeat(n) + "\n\n*[HTML]: H\n*[CSS]: C\n";
    assertEquals(n, count(render(abbreviations), "<abbr title=\"H\">"));
    String openers = "==a ^b ~c ++d :e {f ".repeat(n) + "\n";
    assertTrue(render(openers).startsWith("<p>==a ^b"));
    String attributes = "## H { #h .c data-x=y }\n\n".repeat(1) + "[a](b){ .c } ".repeat(n) + "\n";
    assertEquals(n, count(render(attributes), "class=\"c\">a</a>"));
  }

  private static int count(String text, String part) {
    return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }
}
