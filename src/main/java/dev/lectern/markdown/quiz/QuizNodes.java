package dev.lectern.markdown.quiz;

import dev.lectern.markdown.container.TitledBlock;
import java.util.Locale;
import org.commonmark.node.CustomBlock;

/** The nodes a {@code :::quiz} block becomes. */
public final class QuizNodes {
  private QuizNodes() {}

  /** How hard a question is; shown as a text badge. */
  public enum Difficulty {
    EASY, MEDIUM, HARD;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
      return name().charAt(0) + id().substring(1);
    }
  }

  /** The whole quiz: a titled section of questions. */
  public static final class QuizBlock extends TitledBlock {
    private final int questions;

    public QuizBlock(String title, String titleId, int titleLevel, int questions) {
      super(title, titleId, titleLevel);
      this.questions = questions;
    }

    public int questions() {
      return questions;
    }
  }

  /**
   * One question. Its children: the heading's inline content (the legend), then
   * {@link QuizOption}s, then a {@link QuizExplanation}.
   */
  public static final class QuizQuestion extends CustomBlock {
    private final int number;
    private final Difficulty difficulty;
    private final boolean multipleAnswers;
    private final String inputName;

    public QuizQuestion(int number, Difficulty difficulty, boolean multipleAnswers,
        String inputName) {
      this.number = number;
      this.difficulty = difficulty;
      this.multipleAnswers = multipleAnswers;
      this.inputName = inputName;
    }

    public int number() {
      return number;
    }

    public Difficulty difficulty() {
      return difficulty;
    }

    /** True when more than one option is correct ("select all that apply"). */
    public boolean multipleAnswers() {
      return multipleAnswers;
    }

    /** The {@code name} of the question's inputs, unique on the page. */
    public String inputName() {
      return inputName;
    }
  }

  /** An option; its children are the option's inline content. */
  public static final class QuizOption extends CustomBlock {
    private final boolean correct;
    private final int index;

    public QuizOption(boolean correct, int index) {
      this.correct = correct;
      this.index = index;
    }

    public boolean correct() {
      return correct;
    }

    public int index() {
      return index;
    }
  }

  /** Why the answer is right: the blocks after the options. */
  public static final class QuizExplanation extends CustomBlock {}
}
