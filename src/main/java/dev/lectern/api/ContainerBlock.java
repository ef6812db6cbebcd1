package dev.lectern.api;

import org.commonmark.node.CustomBlock;

/**
 * A {@code :::kind argument} … {@code :::} block as parsed: its kind (lower-case), the rest of the
 * opening line, and whether a closing line was found. Its children are ordinary Markdown blocks.
 * The extension that claimed the kind ({@link Registry#containerKind}) turns it into its own
 * nodes in a {@link PageProcessor}.
 *
 * <p>The family's rules: a container opens with three or more colons, optional spaces and a kind
 * ({@code :::note}, {@code ::: details}); the kind may be followed by {@code [title]} or by
 * spaces and free text, which is the argument. It closes at a line of colons at least as long
 * as its opening run (more colons on the outer block let blocks nest), unless that line belongs
 * to a fenced code block or a container opened inside it. A {@code {…}} group right after the
 * kind or title, or at the end of the line ({@code :::tip{icon="heart"}},
 * {@code ::: details Title {open}}), is the block's attributes, kept apart from the argument.
 */
public final class ContainerBlock extends CustomBlock {
  private final String kind;
  private final String argument;
  private final int colons;
  private final String attributes;
  private boolean closed;

  public ContainerBlock(String kind, String argument, int colons) {
    this(kind, argument, colons, "");
  }

  /** A block with attributes: the text between the braces of its {@code {…}} group. */
  public ContainerBlock(String kind, String argument, int colons, String attributes) {
    this.kind = kind;
    this.argument = argument;
    this.colons = colons;
    this.attributes = attributes;
  }

  /** The kind, lower-cased ({@code faq}, {@code note}). */
  public String kind() {
    return kind;
  }

  /** The text after the kind on the opening line, trimmed ("" if none). */
  public String argument() {
    return argument;
  }

  /** The text between the braces of the block's {@code {…}} group, trimmed ("" if none). */
  public String attributes() {
    return attributes;
  }

  /** The number of colons that opened the block; a closing line needs at least as many. */
  public int colons() {
    return colons;
  }

  public boolean isClosed() {
    return closed;
  }

  /** Marks the block closed; called by the parser when it meets the closing line. */
  public void markClosed() {
    closed = true;
  }
}
