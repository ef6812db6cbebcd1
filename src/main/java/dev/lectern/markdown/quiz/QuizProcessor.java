package dev.lectern.markdown.quiz;

import dev.lectern.api.PageContext;
import dev.lectern.api.PageProcessor;
import dev.lectern.diagnostic.Suggestions;
import dev.lectern.markdown.HeadingSlugger;
import dev.lectern.markdown.Positions;
import dev.lectern.markdown.container.AskedQuestions;
import dev.lectern.api.ContainerBlock;
import dev.lectern.markdown.container.ContainerWalker;
import dev.lectern.markdown.quiz.QuizNodes.Difficulty;
import dev.lectern.markdown.quiz.QuizNodes.QuizBlock;
import dev.lectern.markdown.quiz.QuizNodes.QuizQuestion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * Turns {@code :::quiz} containers into quiz nodes. Each heading starts a question; under it a
 * {@code difficulty:} line, one task list of 2–6 options whose {@code [x]} items are the correct
 * answers (several make it "select all that apply"), then the explanation. Every rule broken is
 * an error at its line.
 */
public final class QuizProcessor implements PageProcessor {
  /** The kind name of quiz containers. */
  public static final String KIND = "quiz";
  static final String DEFAULT_TITLE = "Test yourself";

  @Override
  public void process(Document document, PageContext page) {
    HeadingSlugger ids = ContainerWalker.idsOf(document);
    AskedQuestions<Integer> asked = new AskedQuestions<>();
    ContainerWalker.forEach(document, KIND,
        (block, level) -> convert(block, level, page, ids, asked));
  }

  private void convert(ContainerBlock block, int titleLevel, PageContext page,
      HeadingSlugger ids, AskedQuestions<Integer> asked) {
    if (!block.isClosed()) {
      page.error(block, "':::quiz' block is never closed",
          "end the block with a line holding only ':::'");
      return;
    }
    List<List<Node>> questions = new ArrayList<>();
    for (Node c = block.getFirstChild(); c != null; c = c.getNext()) {
      if (c instanceof Heading) {
        questions.add(new ArrayList<>(List.of(c)));
      } else if (questions.isEmpty()) {
        page.error(c, "text before the first question of the quiz",
            "start the quiz with a question heading, e.g. '### What does yield return?'");
      } else {
        questions.get(questions.size() - 1).add(c);
      }
    }
    if (questions.isEmpty()) {
      page.error(block, "the quiz has no questions",
          "write each question as a heading, a 'difficulty:' line, options and an explanation");
      return;
    }
    String title = block.argument().isEmpty() ? DEFAULT_TITLE : block.argument();
    QuizBlock quiz = new QuizBlock(title, ids.slug(title), titleLevel, questions.size());
    quiz.setSourceSpans(block.getSourceSpans());
    quiz.appendChild(new dev.lectern.markdown.HeadingId(quiz.titleId(), title, false, titleLevel));
    QuestionReader reader = new QuestionReader(page);
    for (int i = 0; i < questions.size(); i++) {
      List<Node> parts = questions.get(i);
      Heading heading = (Heading) parts.get(0);
      checkUnique(heading, page, asked);
      QuizQuestion q = reader.read(heading, parts.subList(1, parts.size()), i + 1,
          quiz.titleId() + "-q" + (i + 1));
      if (q != null) {
        quiz.appendChild(q);
      }
    }
    block.insertAfter(quiz);
    block.unlink();
  }

  private static void checkUnique(Heading heading, PageContext page,
      AskedQuestions<Integer> asked) {
    String text = ContainerWalker.headingText(heading);
    asked.askedBefore(text, Positions.of(heading, page.file()).line()).ifPresent(first ->
        page.error(heading, "the quiz question '" + text + "' is asked twice on this page",
        "it is first asked at line " + first));
  }

  static Difficulty difficulty(String value) {
    return Arrays.stream(Difficulty.values()).filter(d -> d.id().equals(value)).findFirst()
        .orElse(null);
  }

  static String difficultyHint(String value) {
    return Suggestions.didYouMean(value, Arrays.stream(Difficulty.values()).map(Difficulty::id)
        .toList());
  }
}
