package dev.lectern.markdown.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.config.SiteConfig.MarkdownOptions;
import dev.lectern.content.FrontMatter;
import dev.lectern.content.PageKind;
import dev.lectern.content.SourcePage;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.markdown.MarkdownEngine;
import dev.lectern.testing.Diags;
import dev.lectern.testing.SpecExample;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every example of {@code quiz-spec.txt} through the Markdown engine. */
class QuizSpecTest {
  private static final MarkdownEngine ENGINE = new MarkdownEngine(new MarkdownOptions(false));

  static List<SpecExample> examples() {
    return SpecExample.read("/spec/quiz-spec.txt");
  }

  static String render(String markdown, Diagnostics d) {
    SourcePage page = new SourcePage("a.md", "content/a.md", PageKind.PAGE,
        FrontMatter.of("T", ""), markdown);
    return ENGINE.render(ENGINE.parse(page, d).document());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void rendersAsSpecified(SpecExample example) {
    Diagnostics d = new Diagnostics();
    assertEquals(example.html(), render(example.markdown(), d), "Markdown:\n" + example.markdown());
    assertEquals(List.of(), Diags.headlines(d));
  }

  @Test
  void theSpecFileHasExamples() {
    assertTrue(examples().size() >= 3);
  }
}
