package dev.lectern.markdown.abbr;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/** Parses an abbreviation definition line, {@code *[HTML]: Hyper Text Markup Language}. */
final class AbbreviationBlockParser extends AbstractBlockParser {
  private final AbbreviationDefinition block;

  AbbreviationBlockParser(AbbreviationDefinition block) {
    this.block = block;
  }

  @Override
  public Block getBlock() {
    return block;
  }

  @Override
  public BlockContinue tryContinue(ParserState state) {
    return BlockContinue.none();
  }

  /** Starts on a definition line, even in the middle of a paragraph (as Python-Markdown). */
  static final class Factory extends AbstractBlockParserFactory {
    private static final Pattern LINE = Pattern.compile("^\\*\\[([^\\]]+)\\][ \\t]*:[ \\t]*(.*?)[ \\t]*$");

    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
      if (state.getIndent() >= 4) {
        return BlockStart.none();
      }
      CharSequence line = state.getLine().getContent();
      Matcher m = LINE.matcher(line.subSequence(state.getNextNonSpaceIndex(), line.length()));
      if (!m.matches() || m.group(1).isBlank()) {
        return BlockStart.none();
      }
      return BlockStart.of(new AbbreviationBlockParser(
          new AbbreviationDefinition(m.group(1).strip(), m.group(2)))).atIndex(line.length());
    }
  }
}
