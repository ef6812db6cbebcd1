package dev.lectern.markdown.abbr;

import org.commonmark.node.CustomNode;

/** An abbreviation used in the text; its child is the abbreviation as written. */
public final class Abbreviation extends CustomNode {
  private final String title;

  public Abbreviation(String title) {
    this.title = title;
  }

  /** What it stands for. */
  public String title() {
    return title;
  }
}
