package dev.lectern.markdown.faq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.config.SiteConfig.MarkdownOptions;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.markdown.MarkdownEngine;
import dev.lectern.markdown.ParsedMarkdown;
import dev.lectern.markdown.TocEntry;
import dev.lectern.pipeline.StandardMarkdown;
import dev.lectern.testing.Diags;
import dev.lectern.testing.MarkdownPage;
import dev.lectern.testing.TestScope;
import dev.lectern.testing.MarkdownPage;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaqErrorsTest {
  private static List<String> errors(String markdown) {
    Diagnostics d = new Diagnostics();
    MarkdownPage.render(markdown, d);
    return Diags.headlines(d);
  }

  @Test
  void aBlockNeverClosed() {
    assertEquals(List.of("content/a.md:3:1: ':::faq' block is never closed"),
        errors("Intro\n\n:::faq\n### Q?\nA.\n"));
  }

  @Test
  void aBlockWithoutQuestions() {
    assertEquals(List.of("content/a.md:1:1: the FAQ block has no questions"),
        errors(":::faq\n:::\n"));
  }

  @Test
  void textBeforeTheFirstQuestion() {
    assertEquals(List.of("content/a.md:2:1: text before the first question of the FAQ block"),
        errors(":::faq\nStray text.\n\n### Q?\nA.\n:::\n"));
  }

  @Test
  void aQuestionWithoutAnAnswer() {
    assertEquals(List.of("content/a.md:2:1: the question has no answer",
        "content/a.md:5:1: the question has no answer"),
        errors(":::faq\n### First?\n### Second?\nAnswer.\n### Third?\n:::\n"));
  }

  @Test
  void theSameQuestionTwiceOnAPage() {
    List<String> e = errors(":::faq\n### Why?\nA.\n:::\n\n:::faq\n### why?\nB.\n:::\n");
    assertEquals(List.of("content/a.md:7:1: the question 'why?' is asked twice on this page"), e);
  }

  @Test
  void aCloserInsideAFenceDoesNotCloseTheBlock() {
    assertEquals(List.of("content/a.md:1:1: ':::faq' block is never closed"),
        errors(":::faq\n### Q?\n```\n:::\n"));
  }

  @Test
  void questionsAndTitlesJoinTheTableOfContents() {
    MarkdownEngine engine = StandardMarkdown.engine(new MarkdownOptions(false, "Questions"));
    ParsedMarkdown p = MarkdownPage.parse(engine, "a.md",
        "## Intro\n\n:::faq\n### Why?\nBecause.\n:::\n", new Diagnostics());
    assertEquals(List.of(new TocEntry(2, "Intro", "intro"), new TocEntry(3, "Questions", "questions"),
        new TocEntry(4, "Why?", "faq-why")), p.headings());
    assertTrue(engine.render(p.document(), new TestScope(p, new Diagnostics())).contains("<h3 id=\"questions\" class=\"faq-title\">"));
  }
}
