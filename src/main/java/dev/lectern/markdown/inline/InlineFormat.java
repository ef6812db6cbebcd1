package dev.lectern.markdown.inline;

import org.commonmark.node.CustomNode;

/**
 * Text wrapped in one of the inline formats of pymdownx (mark, caret, tilde): its HTML element.
 */
public final class InlineFormat extends CustomNode {
  /** The formats and their elements. */
  public enum Kind {
    MARK("mark"), INSERT("ins"), SUBSCRIPT("sub"), SUPERSCRIPT("sup");

    private final String tag;

    Kind(String tag) {
      this.tag = tag;
    }

    public String tag() {
      return tag;
    }
  }

  private final Kind kind;

  public InlineFormat(Kind kind) {
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
