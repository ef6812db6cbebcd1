package dev.lectern.markdown.quiz;

import static dev.lectern.markdown.container.TitledBlock.attrs;

import dev.lectern.markdown.container.TitledBlock;
import dev.lectern.markdown.quiz.QuizNodes.QuizBlock;
import dev.lectern.markdown.quiz.QuizNodes.QuizExplanation;
import dev.lectern.markdown.quiz.QuizNodes.QuizOption;
import dev.lectern.markdown.quiz.QuizNodes.QuizQuestion;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Renders quizzes so that they work without JavaScript: each question is a {@code fieldset}
 * whose {@code legend} holds "Question N of M", a difficulty badge in words and the question;
 * options are labelled radio buttons (checkboxes when several are correct); a closed
 * {@code details} holds the answer and the explanation. The quiz script adds Check buttons, reveals
 * the explanation after checking (hiding "Show answer") and keeps a score.
 */
final class QuizHtmlRenderer implements NodeRenderer {
  private final HtmlNodeRendererContext context;
  private final HtmlWriter html;

  QuizHtmlRenderer(HtmlNodeRendererContext context) {
    this.context = context;
    this.html = context.getWriter();
  }

  @Override
  public Set<Class<? extends Node>> getNodeTypes() {
    return Set.of(QuizBlock.class, QuizQuestion.class);
  }

  @Override
  public void render(Node node) {
    if (node instanceof QuizBlock quiz) {
      quiz(quiz);
    } else {
      QuizQuestion q = (QuizQuestion) node;
      question(q, q.getParent() instanceof QuizBlock quiz ? quiz.questions() : q.number());
    }
  }

  private void quiz(QuizBlock quiz) {
    quiz.openSection(html, "quiz");
    html.tag("p", attrs("class", "quiz-intro"));
    html.text(quiz.questions() + (quiz.questions() == 1 ? " question" : " questions")
        + ". Choose your answer, then open \u201cShow answer\u201d to see if you were right.");
    html.tag("/p");
    html.line();
    for (Node c = quiz.getFirstChild(); c != null; c = c.getNext()) {
      context.render(c);
    }
    html.tag("p", attrs("class", "quiz-status", "role", "status"));
    html.tag("/p");
    html.line();
    TitledBlock.closeSection(html);
  }

  private void question(QuizQuestion q, int total) {
    html.tag("fieldset", attrs("class", "quiz-question", "data-difficulty", q.difficulty().id()));
    html.line();
    html.tag("legend");
    html.tag("span", attrs("class", "quiz-meta"));
    html.tag("span", attrs("class", "quiz-number"));
    html.text("Question " + q.number() + " of " + total);
    html.tag("/span");
    html.text(" ");
    html.tag("span", attrs("class", "badge difficulty-" + q.difficulty().id()));
    html.text(q.difficulty().label());
    html.tag("/span");
    html.tag("/span");
    html.text(" ");
    html.tag("span", attrs("class", "quiz-text"));
    List<QuizOption> options = new ArrayList<>();
    QuizExplanation explanation = null;
    for (Node c = q.getFirstChild(); c != null; c = c.getNext()) {
      if (c instanceof QuizOption o) {
        options.add(o);
      } else if (c instanceof QuizExplanation e) {
        explanation = e;
      } else {
        context.render(c);
      }
    }
    html.tag("/span");
    html.tag("/legend");
    html.line();
    if (q.multipleAnswers()) {
      html.tag("p", attrs("class", "quiz-hint"));
      html.text("Select all that apply.");
      html.tag("/p");
      html.line();
    }
    options(q, options);
    answer(options, explanation);
    html.tag("/fieldset");
    html.line();
  }

  private void options(QuizQuestion q, List<QuizOption> options) {
    html.tag("ul", attrs("class", "quiz-options"));
    html.line();
    for (QuizOption o : options) {
      html.tag("li", o.correct() ? attrs("data-correct", "") : attrs());
      html.tag("label");
      html.tag("input", attrs("type", q.multipleAnswers() ? "checkbox" : "radio",
          "name", q.inputName(), "value", String.valueOf(o.index() + 1)), true);
      html.text(" ");
      html.tag("span", attrs("class", "quiz-option-text"));
      children(o);
      html.tag("/span");
      html.tag("/label");
      html.tag("/li");
      html.line();
    }
    html.tag("/ul");
    html.line();
  }

  private void answer(List<QuizOption> options, QuizExplanation explanation) {
    html.tag("details", attrs("class", "quiz-answer"));
    html.tag("summary");
    html.text("Show answer");
    html.tag("/summary");
    html.line();
    List<QuizOption> correct = options.stream().filter(QuizOption::correct).toList();
    html.tag("p", attrs("class", "quiz-solution"));
    html.text(correct.size() == 1 ? "Answer: " : "Answers: ");
    for (int i = 0; i < correct.size(); i++) {
      if (i > 0) {
        html.text("; ");
      }
      html.tag("strong");
      children(correct.get(i));
      html.tag("/strong");
    }
    html.tag("/p");
    html.line();
    if (explanation != null) {
      children(explanation);
    }
    html.tag("/details");
    html.line();
  }

  private void children(Node node) {
    for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
      context.render(c);
    }
  }

}
