package dev.lectern.markdown.container;

import org.commonmark.node.CustomBlock;

/**
 * A {@code :::KIND argument} … {@code :::} block as parsed: its kind ({@code faq}, {@code quiz}),
 * the rest of the opening line, and whether a closing line was found. Its children are ordinary
 * Markdown blocks; each kind's processor turns it into its own nodes.
 */
public final class ContainerBlock extends CustomBlock {
  private final String kind;
  private final String argument;
  private boolean closed;

  public ContainerBlock(String kind, String argument) {
    this.kind = kind;
    this.argument = argument;
  }

  public String kind() {
    return kind;
  }

  /** The text after the kind on the opening line, trimmed ("" if none). */
  public String argument() {
    return argument;
  }

  public boolean isClosed() {
    return closed;
  }

  void close() {
    closed = true;
  }
}
