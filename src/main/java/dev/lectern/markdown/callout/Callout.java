package dev.lectern.markdown.callout;

import org.commonmark.node.CustomBlock;

/** A GitHub alert ({@code > [!NOTE]}) turned into a block of its own; its children are the body. */
public final class Callout extends CustomBlock {
  private final CalloutKind kind;

  public Callout(CalloutKind kind) {
    this.kind = kind;
  }

  public CalloutKind kind() {
    return kind;
  }
}
