package dev.lectern.markdown.callout;

import org.commonmark.node.CustomBlock;

/**
 * An admonition of any dialect (GitHub alert, {@code :::note}, {@code !!! note},
 * {@code /// note}): its children are the body. Rendered as a titled note, or as a disclosure
 * when it folds.
 */
public final class Callout extends CustomBlock {
  /** Whether the callout folds, and how it starts. */
  public enum Fold { NONE, CLOSED, OPEN }

  private final CalloutType type;
  private final String writtenType;
  private final String title;
  private final Fold fold;

  /**
   * @param type the look
   * @param writtenType the type name as the author wrote it ({@code tldr}, {@code pied-piper}),
   *     for messages about unknown types
   * @param title the visible title; empty for none (a folding callout always shows one)
   * @param fold whether and how the callout folds
   */
  public Callout(CalloutType type, String writtenType, String title, Fold fold) {
    this.type = type;
    this.writtenType = writtenType;
    this.title = title;
    this.fold = fold;
  }

  /** A callout of a written type: an unknown one looks like a note (and is reported). */
  public static Callout of(String writtenType, String title, Fold fold) {
    return new Callout(CalloutType.of(writtenType).orElse(CalloutType.NOTE), writtenType, title,
        fold);
  }

  public CalloutType type() {
    return type;
  }

  public String writtenType() {
    return writtenType;
  }

  /** True when the written type is none Lectern knows. */
  public boolean unknownType() {
    return !writtenType.isEmpty() && CalloutType.of(writtenType).isEmpty();
  }

  public String title() {
    return title;
  }

  public Fold fold() {
    return fold;
  }
}
