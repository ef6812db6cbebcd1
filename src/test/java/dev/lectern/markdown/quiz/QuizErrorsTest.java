package dev.lectern.markdown.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.testing.Diags;
import dev.lectern.testing.MarkdownPage;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuizErrorsTest {
  private static final String OK = "difficulty: easy\n- [ ] no\n- [x] yes\n\nBecause.\n";

  private static List<String> errors(String markdown) {
    Diagnostics d = new Diagnostics();
    MarkdownPage.render(markdown, d);
    return Diags.headlines(d);
  }

  @Test
  void aQuizNeverClosed() {
    assertEquals(List.of("content/a.md:1:1: ':::quiz' block is never closed"),
        errors(":::quiz\n### Q?\n" + OK));
  }

  @Test
  void aQuizWithoutQuestions() {
    assertEquals(List.of("content/a.md:1:1: the quiz has no questions"), errors(":::quiz\n:::\n"));
  }

  @Test
  void textBeforeTheFirstQuestion() {
    assertEquals(List.of("content/a.md:2:1: text before the first question of the quiz"),
        errors(":::quiz\nIntro.\n\n### Q?\n" + OK + ":::\n"));
  }

  @Test
  void aMissingOrUnknownDifficulty() {
    assertEquals(List.of("content/a.md:2:1: the question has no 'difficulty:' line"),
        errors(":::quiz\n### Q?\n- [ ] no\n- [x] yes\n\nBecause.\n:::\n"));
    List<String> unknown = errors(":::quiz\n### Q?\ndifficulty: tricky\n- [ ] no\n- [x] yes\n\n"
        + "Because.\n:::\n");
    assertEquals(List.of("content/a.md:3:1: unknown difficulty 'tricky'"), unknown);
  }

  @Test
  void noOptionsOrTheWrongNumberOfThem() {
    assertEquals(List.of("content/a.md:2:1: the question has no options"),
        errors(":::quiz\n### Q?\ndifficulty: easy\n\nBecause.\n:::\n"));
    assertEquals(List.of("content/a.md:5:1: the question has 1 option; it needs 2 to 6"),
        errors(":::quiz\n### Q?\ndifficulty: easy\n\n- [x] only\n\nBecause.\n:::\n"));
    assertEquals(List.of("content/a.md:4:1: the question has 7 options; it needs 2 to 6"),
        errors(":::quiz\n### Q?\ndifficulty: easy\n" + "- [ ] n\n".repeat(6) + "- [x] y\n\n"
            + "Because.\n:::\n"));
  }

  @Test
  void optionsMustBeTaskItemsWithSomeButNotAllCorrect() {
    assertEquals(List.of("content/a.md:5:1: the option is not a task list item"),
        errors(":::quiz\n### Q?\ndifficulty: easy\n- [ ] no\n- plain\n- [x] yes\n\nWhy.\n:::\n"));
    assertEquals(List.of("content/a.md:4:1: no option is marked correct"),
        errors(":::quiz\n### Q?\ndifficulty: easy\n- [ ] a\n- [ ] b\n\nWhy.\n:::\n"));
    assertEquals(List.of("content/a.md:4:1: every option is marked correct"),
        errors(":::quiz\n### Q?\ndifficulty: easy\n- [x] a\n- [x] b\n\nWhy.\n:::\n"));
  }

  @Test
  void aMissingExplanation() {
    assertEquals(List.of("content/a.md:2:1: the question has no explanation"),
        errors(":::quiz\n### Q?\ndifficulty: easy\n- [ ] no\n- [x] yes\n:::\n"));
  }

  @Test
  void theSameQuestionTwiceOnAPage() {
    assertEquals(List.of("content/a.md:9:1: the quiz question 'q?' is asked twice on this page"),
        errors(":::quiz\n### Q?\n" + OK + "\n### q?\n" + OK + ":::\n"));
  }

  @Test
  void aCloserInsideAFenceDoesNotCloseTheQuiz() {
    assertEquals(List.of("content/a.md:1:1: ':::quiz' block is never closed"),
        errors(":::quiz\n### Q?\n" + OK + "```\n:::\n"));
  }
}
