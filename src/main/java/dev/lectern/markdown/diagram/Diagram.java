package dev.lectern.markdown.diagram;

import dev.lectern.markdown.LiteralText;
import org.commonmark.node.CustomBlock;

/**
 * A Mermaid diagram: its source, and whether it is the page's first (which loads the scripts
 * that draw every diagram of the page).
 */
public final class Diagram extends CustomBlock implements LiteralText {
  private final String source;
  private final boolean first;

  public Diagram(String source, boolean first) {
    this.source = source;
    this.first = first;
  }

  public String source() {
    return source;
  }

  public boolean first() {
    return first;
  }

  @Override
  public String literal() {
    return source;
  }
}
