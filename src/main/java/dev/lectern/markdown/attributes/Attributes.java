package dev.lectern.markdown.attributes;

import org.commonmark.node.CustomNode;

/**
 * An attribute list attached to what it applies to: the last child of a heading, paragraph,
 * link or image, or, written on a line of its own after a block, the block's next sibling
 * ({@link #ofPreviousBlock()}). It renders nothing itself; {@link AttributesProvider} sets it.
 */
public final class Attributes extends CustomNode {
  private final AttributeList list;
  private final boolean ofPreviousBlock;

  public Attributes(AttributeList list, boolean ofPreviousBlock) {
    this.list = list;
    this.ofPreviousBlock = ofPreviousBlock;
  }

  public AttributeList list() {
    return list;
  }

  /** True when the list stands after a block and applies to it. */
  public boolean ofPreviousBlock() {
    return ofPreviousBlock;
  }
}
