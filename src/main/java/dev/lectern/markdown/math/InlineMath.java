package dev.lectern.markdown.math;

import org.commonmark.node.CustomNode;

/** Math within a line ({@code $…$}, {@code \(…\)}, or {@code $$…$$} inside a paragraph). */
public final class InlineMath extends CustomNode implements MathNode {
  private final String tex;
  private final boolean display;

  public InlineMath(String tex, boolean display) {
    this.tex = tex;
    this.display = display;
  }

  @Override
  public String tex() {
    return tex;
  }

  private boolean first;

  /** True for the page's first math, which loads KaTeX. */
  @Override
  public boolean first() {
    return first;
  }

  void setFirst() {
    first = true;
  }

  @Override
  public boolean display() {
    return display;
  }
}
