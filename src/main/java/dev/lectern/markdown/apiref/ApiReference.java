package dev.lectern.markdown.apiref;

import org.commonmark.node.CustomBlock;

/**
 * A {@code ::: package.module.Object} directive, with the option lines indented below it. In
 * MkDocs, mkdocstrings or mkautodoc replace it with documentation generated from the Python
 * code; Lectern runs no Python, so it names the object instead.
 */
public final class ApiReference extends CustomBlock {
  private final String identifier;
  private int optionLines;

  ApiReference(String identifier) {
    this.identifier = identifier;
  }

  /** The object's dotted path, as written ({@code httpx.Client}). */
  public String identifier() {
    return identifier;
  }

  /** How many option lines follow the directive ({@code options:}, {@code :docstring:}, …). */
  public int optionLines() {
    return optionLines;
  }

  void addOptionLine() {
    optionLines++;
  }
}
