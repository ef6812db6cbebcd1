package dev.lectern.markdown.emoji;

import org.commonmark.node.CustomNode;

/**
 * An icon shortcode of Material for MkDocs ({@code :material-check:},
 * {@code :fontawesome-brands-github:}, {@code :octicons-mark-github-16:}): Lectern has no icon
 * sets, so it stays text and the page gets a warning.
 */
public final class IconShortcode extends CustomNode {
  private final String name;

  public IconShortcode(String name) {
    this.name = name;
  }

  public String name() {
    return name;
  }
}
