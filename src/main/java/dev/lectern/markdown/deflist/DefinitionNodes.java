package dev.lectern.markdown.deflist;

import org.commonmark.node.CustomBlock;

/** The nodes of a definition list: {@code <dl>}, {@code <dt>} and {@code <dd>}. */
public final class DefinitionNodes {
  private DefinitionNodes() {}

  /** A {@code <dl>}: terms and their descriptions, in order. */
  public static final class DefinitionList extends CustomBlock {}

  /** A {@code <dt>}: one line of a term paragraph, as inline content. */
  public static final class DefinitionTerm extends CustomBlock {}

  /**
   * A {@code <dd>}: block content. Tight when its term was on the line right above and it holds
   * one paragraph: then it renders without {@code <p>}, as Python-Markdown does.
   */
  public static final class DefinitionDescription extends CustomBlock {
    private final boolean tight;

    public DefinitionDescription(boolean tight) {
      this.tight = tight;
    }

    public boolean tight() {
      return tight;
    }
  }
}
