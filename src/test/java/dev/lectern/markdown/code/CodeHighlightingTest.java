package dev.lectern.markdown.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.config.SiteConfig.MarkdownOptions;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.highlight.Highlighter;
import dev.lectern.highlight.PrismHighlighter;
import dev.lectern.markdown.MarkdownEngine;
import dev.lectern.markdown.ParsedMarkdown;
import dev.lectern.pipeline.StandardMarkdown;
import dev.lectern.testing.Diags;
import dev.lectern.testing.MarkdownPage;
import dev.lectern.testing.TestScope;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Code is highlighted when its page is rendered, as a value of that render only. */
class CodeHighlightingTest {
  /** Python blocks cannot be highlighted; the others are, by Prism. */
  private static final class PythonTooSlow implements Highlighter {
    private final Highlighter prism = PrismHighlighter.shared();

    @Override
    public Optional<String> language(String tag) {
      return prism.language(tag);
    }

    @Override
    public List<String> knownTags() {
      return prism.knownTags();
    }

    @Override
    public Result highlight(String language, String code) {
      return language.equals("python")
          ? new Result("plain:" + code, Optional.of("highlighting took longer than 1 ms"))
          : prism.highlight(language, code);
    }
  }

  @Test
  void aBlockThatCannotBeHighlightedIsAWarningAtTheBlockWhenRendered() {
    Highlighter slow = new PythonTooSlow();
    MarkdownEngine engine = StandardMarkdown.engine(new MarkdownOptions(false));
    Diagnostics parsing = new Diagnostics();
    ParsedMarkdown page = MarkdownPage.parse(engine, "a.md",
        "Intro\n\n- item\n\n  ```python\n  x = 1\n  ```\n\n```json\n{}\n```\n", parsing);
    assertEquals(List.of(), Diags.headlines(parsing), "parsing highlights nothing");

    Diagnostics rendering = new Diagnostics();
    String html = engine.render(page.document(), new TestScope(page, rendering, Map.of(), slow));
    assertEquals(List.of("content/a.md:5:3: warning: code block left unhighlighted: "
        + "highlighting took longer than 1 ms"), Diags.headlines(rendering));
    assertTrue(html.contains("plain:x = 1"), html);
    assertTrue(html.contains("<span class=\"token punctuation\">{</span>"), html);

    Diagnostics again = new Diagnostics();
    assertEquals(html, engine.render(page.document(), new TestScope(page, again, Map.of(), slow)),
        "rendering again gives the same page: the document holds no highlighted HTML");
    assertEquals(Diags.headlines(rendering), Diags.headlines(again));
  }
}
