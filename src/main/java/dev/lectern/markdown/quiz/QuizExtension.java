package dev.lectern.markdown.quiz;

import org.commonmark.Extension;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * "Test yourself" quizzes: {@code :::quiz [title]}, then per question a heading, a
 * {@code difficulty:} line, a task list of options ({@code [x]} marks the correct ones) and an
 * explanation, then {@code :::}. The container parser is shared with FAQ blocks;
 * {@link QuizProcessor} checks quizzes and makes quiz nodes; this extension renders them. See
 * {@code quiz-spec.txt} for the syntax.
 */
public final class QuizExtension implements HtmlRenderer.HtmlRendererExtension {
  private QuizExtension() {}

  public static Extension create() {
    return new QuizExtension();
  }

  @Override
  public void extend(HtmlRenderer.Builder builder) {
    builder.nodeRendererFactory(QuizHtmlRenderer::new);
  }
}
