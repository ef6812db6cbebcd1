package dev.lectern.markdown.faq;

import dev.lectern.markdown.container.TitledBlock;
import org.commonmark.node.CustomBlock;

/** The nodes a {@code :::faq} block becomes. */
public final class FaqNodes {
  private FaqNodes() {}

  /** The whole block: a titled section of questions. */
  public static final class FaqBlock extends TitledBlock {
    public FaqBlock(String title, String titleId, int titleLevel) {
      super(title, titleId, titleLevel);
    }
  }

  /** One question with its answer: a {@link FaqQuestion} followed by a {@link FaqAnswer}. */
  public static final class FaqItem extends CustomBlock {}

  /** A question: the heading's inline content, at the level that fits the page outline. */
  public static final class FaqQuestion extends CustomBlock {
    private final String id;
    private final String text;
    private final int level;

    public FaqQuestion(String id, String text, int level) {
      this.id = id;
      this.text = text;
      this.level = level;
    }

    public String id() {
      return id;
    }

    /** The question as plain text. */
    public String text() {
      return text;
    }

    public int level() {
      return level;
    }
  }

  /** The answer: every block up to the next question. */
  public static final class FaqAnswer extends CustomBlock {}
}
