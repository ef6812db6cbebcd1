package dev.lectern.markdown.faq;

import java.util.List;

/** The questions of a page's FAQ blocks, in document order. */
public record FaqQuestions(List<String> questions) {
  public FaqQuestions {
    questions = List.copyOf(questions);
  }
}
