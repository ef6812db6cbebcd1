package dev.lectern.markdown.blocks;

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
 * Parses {@code /// name | argument} … {@code ///} blocks (see {@link SlashBlock}). Option lines
 * ({@code key: value}, indented four spaces) are read only right below the header. A closing line
 * belongs to the innermost open block: one inside a fenced code block, or meant for a block
 * opened inside this one, does not close it.
 */
final class SlashBlockParser extends dev.lectern.markdown.ContainerParser<SlashBlock> {
  private static final Pattern CLOSE = Pattern.compile("^(/{3,})[ \\t]*$");
  private static final Pattern OPTION = Pattern.compile("^([A-Za-z_][\\w-]*)[ \\t]*:[ \\t]*(.*?)[ \\t]*$");
  private boolean readingOptions = true;

  SlashBlockParser(SlashBlock block) {
    super(block);
  }

  @Override
  public BlockContinue tryContinue(ParserState state) {
    CharSequence line = state.getLine().getContent();
    CharSequence rest = line.subSequence(state.getNextNonSpaceIndex(), line.length());
    if (readingOptions) {
      readingOptions = false;
      if (state.getIndent() >= 4) {
        Matcher option = OPTION.matcher(rest);
        if (option.matches()) {
          block.addOption(option.group(1).toLowerCase(Locale.ROOT), unquote(option.group(2)));
          readingOptions = true;
          return BlockContinue.atIndex(line.length());
        }
      }
    }
    if (state.getIndent() < 4 && !innerOwnsLine(state)) {
      Matcher m = CLOSE.matcher(rest);
      if (m.matches() && m.group(1).length() == block.slashes()) {
        block.markClosed();
        return BlockContinue.finished();
      }
    }
    return BlockContinue.atIndex(state.getIndex());
  }

  private static String unquote(String value) {
    if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
        || value.startsWith("'") && value.endsWith("'"))) {
      return value.substring(1, value.length() - 1);
    }
    return value;
  }

  private boolean innerOwnsLine(ParserState state) {
    for (Node n = state.getActiveBlockParser().getBlock(); n != null && n != block;
        n = n.getParent()) {
      if (n instanceof FencedCodeBlock || n instanceof SlashBlock s && !s.isClosed()
          || n instanceof ContainerBlock c && !c.isClosed()) {
        return true;
      }
    }
    return false;
  }

  /** Starts a block on {@code /// name} or {@code /// name | argument}. */
  static final class Factory extends AbstractBlockParserFactory {
    private static final Pattern OPEN = Pattern.compile(
        "^(/{3,})[ \\t]*([A-Za-z][A-Za-z0-9_-]*)[ \\t]*(?:\\|[ \\t]*(.*?))?[ \\t]*$");

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
      SlashBlock block = new SlashBlock(m.group(2).toLowerCase(Locale.ROOT),
          m.group(3) == null ? "" : m.group(3).strip(), m.group(1).length());
      return BlockStart.of(new SlashBlockParser(block)).atIndex(line.length());
    }
  }
}
