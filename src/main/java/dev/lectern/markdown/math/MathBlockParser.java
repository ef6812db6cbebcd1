package dev.lectern.markdown.math;

import org.commonmark.node.Block;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Displayed math as a block: from a line of only {@code $$} (or {@code \[}) to a line ending
 * with {@code $$} (or {@code \]}), or a whole line {@code $$…$$}. Its lines are TeX, never
 * Markdown, so a line such as {@code - x} inside stays math. Unclosed, it runs to the end of
 * its container, like a fence, and the math processor warns.
 */
final class MathBlockParser extends AbstractBlockParser {
  private final MathBlock block = new MathBlock();
  private final String close;
  private final StringBuilder tex = new StringBuilder();
  private boolean done;

  private MathBlockParser(String close) {
    this.close = close;
  }

  @Override
  public Block getBlock() {
    return block;
  }

  @Override
  public BlockContinue tryContinue(ParserState state) {
    if (done) {
      return BlockContinue.none();
    }
    CharSequence line = state.getLine().getContent();
    String rest = line.subSequence(state.getIndex(), line.length()).toString();
    if (rest.strip().endsWith(close)) {
      String before = rest.stripTrailing();
      tex.append(before, 0, before.length() - close.length()).append('\n');
      done = true;
      return BlockContinue.finished();
    }
    return BlockContinue.atIndex(state.getIndex());
  }

  @Override
  public void addLine(SourceLine line) {
    tex.append(line.getContent()).append('\n');
  }

  @Override
  public void closeBlock() {
    block.setTex(tex.toString().strip());
    block.setClosed(done);
  }

  /** Starts a block at a line beginning with {@code $$} or {@code \[}. */
  static final class Factory extends AbstractBlockParserFactory {
    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
      if (state.getIndent() >= 4) {
        return BlockStart.none();
      }
      CharSequence line = state.getLine().getContent();
      String rest = line.subSequence(state.getNextNonSpaceIndex(), line.length()).toString();
      String open = rest.startsWith("$$") ? "$$" : rest.startsWith("\\[") ? "\\[" : null;
      if (open == null) {
        return BlockStart.none();
      }
      String close = open.equals("$$") ? "$$" : "\\]";
      String after = rest.substring(2).strip();
      MathBlockParser parser = new MathBlockParser(close);
      if (after.endsWith(close) && after.length() >= close.length()) {
        parser.tex.append(after, 0, after.length() - close.length());
        parser.done = true;
      } else if (!after.isEmpty()) {
        // "$$x$$ is …" is math in a line, and "\[1\] a reference" is text.
        return BlockStart.none();
      }
      return BlockStart.of(parser).atIndex(line.length());
    }
  }
}
