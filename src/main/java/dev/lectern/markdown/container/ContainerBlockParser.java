package dev.lectern.markdown.container;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Parses {@code :::KIND} blocks. The block is a container: its lines are parsed as Markdown. A
 * {@code :::} line closes it unless the line belongs to something open inside it, such as a
 * fenced code block or a nested container (commonmark asks the container before its children).
 */
final class ContainerBlockParser extends AbstractBlockParser {
  private static final Pattern CLOSE = Pattern.compile("^:{3,}[ \\t]*$");
  private final ContainerBlock block;

  ContainerBlockParser(ContainerBlock block) {
    this.block = block;
  }

  @Override
  public Block getBlock() {
    return block;
  }

  @Override
  public boolean isContainer() {
    return true;
  }

  @Override
  public boolean canContain(Block childBlock) {
    return true;
  }

  @Override
  public BlockContinue tryContinue(ParserState state) {
    CharSequence line = state.getLine().getContent();
    if (state.getIndent() < 4 && !innerOwnsLine(state) && CLOSE.matcher(
        line.subSequence(state.getNextNonSpaceIndex(), line.length())).matches()) {
      block.close();
      return BlockContinue.finished();
    }
    return BlockContinue.atIndex(state.getIndex());
  }

  private boolean innerOwnsLine(ParserState state) {
    for (Node n = state.getActiveBlockParser().getBlock(); n != null && n != block;
        n = n.getParent()) {
      if (n instanceof FencedCodeBlock || n instanceof ContainerBlock c && !c.isClosed()) {
        return true;
      }
    }
    return false;
  }

  /** Starts a container on {@code :::KIND [argument]} for one of the known kinds. */
  static final class Factory extends AbstractBlockParserFactory {
    private static final Pattern OPEN = Pattern.compile("^:{3,}[ \\t]*([a-z][a-z0-9-]*)(?:[ \\t]+(.*))?$");
    private final Set<String> kinds;

    Factory(Set<String> kinds) {
      this.kinds = Set.copyOf(kinds);
    }

    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
      if (state.getIndent() >= 4) {
        return BlockStart.none();
      }
      CharSequence line = state.getLine().getContent();
      Matcher m = OPEN.matcher(line.subSequence(state.getNextNonSpaceIndex(), line.length()));
      if (!m.matches() || !kinds.contains(m.group(1))) {
        return BlockStart.none();
      }
      String argument = m.group(2) == null ? "" : m.group(2).strip();
      return BlockStart.of(new ContainerBlockParser(new ContainerBlock(m.group(1), argument)))
          .atIndex(line.length());
    }
  }
}
