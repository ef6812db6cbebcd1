package dev.lectern.markdown.tabs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.testing.Diags;
import dev.lectern.testing.MarkdownPage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Problems with tabs, reported at their line, and the script reference. */
class TabsErrorsTest {
  private static List<String> problems(String markdown) {
    Diagnostics d = new Diagnostics();
    MarkdownPage.render(markdown, d);
    return Diags.headlines(d);
  }

  @Test
  void unclosedJsxTabs() {
    assertEquals(List.of(
        "content/a.md:3:1: warning: '<Tabs>' is never closed; it runs to the end of the page",
        "content/a.md:4:1: warning: '<TabItem>' is never closed"),
        problems("Intro.\n\n<Tabs>\n<TabItem label=\"a\">\nText.\n"));
  }

  @Test
  void aTabItemLeftOpenIsClosedByItsTabs() {
    Diagnostics d = new Diagnostics();
    String html = MarkdownPage.render("<Tabs>\n<TabItem label=\"a\">\nA.\n</Tabs>\n\nAfter.\n", d);
    assertTrue(html.endsWith("</div>\n<p>After.</p>\n"), html);
    assertEquals(List.of("content/a.md:2:1: warning: '<TabItem>' is never closed"),
        Diags.headlines(d));
  }

  @Test
  void slashTabsWithoutLabelOrEnd() {
    assertEquals(List.of("content/a.md:1:1: warning: '/// tab' has no label",
        "content/a.md:1:1: warning: '/// tab' is never closed; it runs to the end of the page or "
            + "of the block around it"), problems("/// tab\nText.\n"));
  }

  @Test
  void textBeforeTheFirstFenceOfACodeGroup() {
    assertEquals(List.of("content/a.md:2:1: warning: text before the first code block of a "
        + "'::: code-group'"), problems("::: code-group\nStray.\n\n```js [a.js]\nx\n```\n:::\n"));
  }

  @Test
  void emptyTabs() {
    assertEquals(List.of("content/a.md:1:1: warning: tabs without any tab"),
        problems("<Tabs>\n</Tabs>\n"));
  }

  @Test
  void theScriptIsReferencedOncePerPageAndOnlyWithTabs() {
    String two = MarkdownPage.render("=== \"a\"\n    A.\n\nText.\n\n=== \"b\"\n    B.\n",
        new Diagnostics());
    assertEquals(1, two.split("js/tabs.js", -1).length - 1, two);
    assertTrue(!MarkdownPage.render("No tabs.\n", new Diagnostics()).contains("tabs.js"));
  }

  @Test
  void panelIdsAreUniqueOnThePage() {
    String html = MarkdownPage.render("## Tab uv\n\n=== \"uv\"\n    A.\n=== \"uv\"\n    B.\n",
        new Diagnostics());
    assertTrue(html.contains("<h2 id=\"tab-uv\">") && html.contains("id=\"tab-uv-1\"")
        && html.contains("id=\"tab-uv-2\""), html);
  }

  @Test
  void aVitePressLabelOutsideACodeGroupIsIgnored() {
    assertEquals(List.of(), problems("```js [config.js]\nx\n```\n"));
  }
}
