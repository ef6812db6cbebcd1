package dev.lectern.markdown.apiref;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Parses {@code ::: a.b.C} lines: three colons, a space, and a dotted Python path of at least two
 * names (a single name such as {@code ::: tip} is a {@code :::} container); the lines right below
 * it that are indented by four spaces or more are its options (mkdocstrings' YAML,
 * mkautodoc's {@code :docstring:}), up to the first blank or less indented line.
 */
final class ApiReferenceParser extends AbstractBlockParser {
  private final ApiReference block;

  ApiReferenceParser(ApiReference block) {
    this.block = block;
  }

  @Override
  public Block getBlock() {
    return block;
  }

  @Override
  public BlockContinue tryContinue(ParserState state) {
    if (state.isBlank() || state.getIndent() < 4) {
      return BlockContinue.none();
    }
    block.addOptionLine();
    return BlockContinue.atIndex(state.getLine().getContent().length());
  }

  /** Starts a directive on a line of its own, outside indented code. */
  static final class Factory extends AbstractBlockParserFactory {
    private static final Pattern DIRECTIVE = Pattern.compile(
        "^:::[ \\t]+([A-Za-z_][A-Za-z0-9_]*(?:[.:][A-Za-z_][A-Za-z0-9_]*)+)[ \\t]*$");

    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
      if (state.getIndent() >= 4) {
        return BlockStart.none();
      }
      CharSequence line = state.getLine().getContent();
      Matcher m = DIRECTIVE.matcher(line.subSequence(state.getNextNonSpaceIndex(),
          line.length()));
      if (!m.matches()) {
        return BlockStart.none();
      }
      return BlockStart.of(new ApiReferenceParser(new ApiReference(m.group(1))))
          .atIndex(line.length());
    }
  }
}
