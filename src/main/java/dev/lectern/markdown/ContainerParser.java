package dev.lectern.markdown;

import org.commonmark.node.Block;
import org.commonmark.parser.block.AbstractBlockParser;

/**
 * A block parser whose block holds other blocks, as a block quote does: its lines are parsed as
 * Markdown into children of any kind. Subclasses say when the block goes on
 * ({@link #tryContinue}).
 *
 * @param <B> the block's node type
 */
public abstract class ContainerParser<B extends Block> extends AbstractBlockParser {
  /** The block being parsed. */
  protected final B block;

  protected ContainerParser(B block) {
    this.block = block;
  }

  @Override
  public final Block getBlock() {
    return block;
  }

  @Override
  public final boolean isContainer() {
    return true;
  }

  @Override
  public boolean canContain(Block childBlock) {
    return true;
  }
}
