package dev.lectern.markdown.quiz;

import dev.lectern.api.LecternExtension;
import dev.lectern.api.Registry;

/**
 * Lectern's quizzes, as an extension: {@code :::quiz [title]} containers become quiz nodes
 * ({@link QuizProcessor}, which checks them) rendered as forms that work without JavaScript.
 */
public final class QuizBlocks implements LecternExtension {
  @Override
  public String name() {
    return "quiz";
  }

  @Override
  public void register(Registry registry) {
    registry.containerKind(QuizProcessor.KIND);
    registry.pageProcessor(new QuizProcessor());
    registry.markdown(QuizExtension.create());
  }
}
