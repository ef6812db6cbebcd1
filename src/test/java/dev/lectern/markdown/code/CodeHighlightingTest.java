package dev.lectern.markdown.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.config.SiteConfig.MarkdownOptions;
import dev.lectern.content.FrontMatter;
import dev.lectern.content.PageKind;
import dev.lectern.content.SourcePage;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.highlight.Highlighter;
import dev.lectern.highlight.PrismHighlighter;
import dev.lectern.markdown.MarkdownEngine;
import dev.lectern.markdown.ParsedMarkdown;
import dev.lectern.testing.Diags;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.junit.jupiter.api.Test;

/** Code is highlighted when its page is rendered, and the HTML let go after. */
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
    MarkdownEngine engine = new MarkdownEngine(new MarkdownOptions(false), new PythonTooSlow());
    Diagnostics parsing = new Diagnostics();
    ParsedMarkdown page = engine.parse(new SourcePage("a.md", "content/a.md", PageKind.PAGE,
        FrontMatter.of("T", ""),
        "Intro\n\n- item\n\n  ```python\n  x = 1\n  ```\n\n```json\n{}\n```\n"), parsing);
    assertEquals(List.of(), Diags.headlines(parsing), "parsing highlights nothing");

    Diagnostics rendering = new Diagnostics();
    engine.highlight(page, rendering);
    assertEquals(List.of("content/a.md:5:3: warning: code block left unhighlighted: "
        + "highlighting took longer than 1 ms"), Diags.headlines(rendering));
    String html = engine.render(page.document());
    assertTrue(html.contains("plain:x = 1"), html);
    assertTrue(html.contains("<span class=\"token punctuation\">{</span>"), html);

    MarkdownEngine.release(page.document());
    for (CodeBlock block : blocks(page)) {
      assertThrows(IllegalStateException.class, block::html);
    }
    engine.highlight(page, new Diagnostics());
    assertEquals(html, engine.render(page.document()), "rendering again highlights again");
  }

  private static List<CodeBlock> blocks(ParsedMarkdown page) {
    List<CodeBlock> found = new ArrayList<>();
    page.document().accept(new AbstractVisitor() {
      @Override
      public void visit(CustomBlock block) {
        if (block instanceof CodeBlock code) {
          found.add(code);
        }
        visitChildren(block);
      }
    });
    assertEquals(2, found.size());
    return found;
  }
}
