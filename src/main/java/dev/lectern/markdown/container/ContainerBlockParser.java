package dev.lectern.markdown.container;

import dev.lectern.api.ContainerBlock;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Parses {@code :::kind} blocks (see {@link ContainerBlock} for the rules). The block is a
 * container: its lines are parsed as Markdown. A line of at least as many colons closes it unless
 * the line belongs to something open inside it, such as a fenced code block or a nested
 * container (commonmark asks the container before its children).
 */
final class ContainerBlockParser extends dev.lectern.markdown.ContainerParser<ContainerBlock> {
  private static final Pattern CLOSE = Pattern.compile("^(:{3,})[ \\t]*$");

  ContainerBlockParser(ContainerBlock block) {
    super(block);
  }

  @Override
  public BlockContinue tryContinue(ParserState state) {
    CharSequence line = state.getLine().getContent();
    if (state.getIndent() < 4 && !innerOwnsLine(state)) {
      Matcher m = CLOSE.matcher(line.subSequence(state.getNextNonSpaceIndex(), line.length()));
      if (m.matches() && m.group(1).length() >= block.colons()) {
        block.markClosed();
        return BlockContinue.finished();
      }
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

  /**
   * Starts a container on {@code :::kind}, {@code :::kind[title]} or {@code :::kind text}, each
   * optionally with {@code {attributes}}.
   */
  static final class Factory extends AbstractBlockParserFactory {
    private static final Pattern OPEN = Pattern.compile("^(:{3,})[ \\t]*([A-Za-z][A-Za-z0-9_-]*)"
        + "(?:\\[([^\\]]*)\\])?(?:\\{([^{}]*)\\})?(?:[ \\t]+(.*?))?[ \\t]*$");
    private static final Pattern TRAILING_ATTRIBUTES = Pattern.compile("[ \\t]*\\{([^{}]*)\\}$");

    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
      if (state.getIndent() >= 4) {
        return BlockStart.none();
      }
      CharSequence line = state.getLine().getContent();
      Matcher m = OPEN.matcher(line.subSequence(state.getNextNonSpaceIndex(), line.length()));
      if (!m.matches()) {
        return BlockStart.none();
      }
      String attributes = m.group(4) == null ? "" : m.group(4).strip();
      String text = m.group(5) == null ? "" : m.group(5).strip();
      Matcher trailing = TRAILING_ATTRIBUTES.matcher(text);
      if (attributes.isEmpty() && trailing.find()) {
        attributes = trailing.group(1).strip();
        text = text.substring(0, trailing.start()).strip();
      }
      String argument = m.group(3) != null ? m.group(3).strip() : text;
      ContainerBlock block = new ContainerBlock(m.group(2).toLowerCase(Locale.ROOT), argument,
          m.group(1).length(), attributes);
      return BlockStart.of(new ContainerBlockParser(block)).atIndex(line.length());
    }
  }
}
