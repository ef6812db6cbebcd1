package dev.lectern.markdown.math;

import dev.lectern.markdown.LiteralText;
import org.commonmark.node.CustomBlock;

/** Displayed math as a block: {@code $$} or {@code \[} lines, or a {@code math} fence. */
public final class MathBlock extends CustomBlock implements MathNode, LiteralText {
  private String tex = "";
  private boolean closed = true;

  public MathBlock() {}

  public MathBlock(String tex) {
    this.tex = tex;
  }

  @Override
  public String tex() {
    return tex;
  }

  void setTex(String tex) {
    this.tex = tex;
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
    return true;
  }

  /** False when the block's closing {@code $$} or {@code \]} was never found. */
  public boolean isClosed() {
    return closed;
  }

  void setClosed(boolean closed) {
    this.closed = closed;
  }

  @Override
  public String literal() {
    return tex;
  }
}
