package dev.lectern.markdown.abbr;

import org.commonmark.node.CustomBlock;

/** A line {@code *[HTML]: Hyper Text Markup Language}: it renders nothing itself. */
public final class AbbreviationDefinition extends CustomBlock {
  private final String abbreviation;
  private final String title;

  public AbbreviationDefinition(String abbreviation, String title) {
    this.abbreviation = abbreviation;
    this.title = title;
  }

  public String abbreviation() {
    return abbreviation;
  }

  public String title() {
    return title;
  }
}
