package dev.lectern.markdown;

import org.commonmark.node.Block;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.ParserState;

/**
 * A container whose body is the lines indented by four spaces below its header, blank lines
 * included, as Python-Markdown reads admonitions, content tabs and definitions: the first line
 * indented less ends it.
 *
 * @param <B> the block's node type
 */
public abstract class IndentedContainerParser<B extends Block> extends ContainerParser<B> {
  /** How far a body line is indented. */
  protected static final int INDENT = 4;

  protected IndentedContainerParser(B block) {
    super(block);
  }

  /** Whether a blank line may continue the block now (always, unless a subclass says not). */
  protected boolean continuesOnBlankLine() {
    return true;
  }

  @Override
  public BlockContinue tryContinue(ParserState state) {
    if (state.isBlank()) {
      return continuesOnBlankLine() ? BlockContinue.atIndex(state.getNextNonSpaceIndex())
          : BlockContinue.none();
    }
    if (state.getIndent() >= INDENT) {
      return BlockContinue.atColumn(state.getColumn() + INDENT);
    }
    return BlockContinue.none();
  }
}
