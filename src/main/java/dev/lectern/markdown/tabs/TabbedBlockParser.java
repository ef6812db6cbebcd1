package dev.lectern.markdown.tabs;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Parses pymdownx.tabbed's tabs: {@code === "Label"} and the lines below it indented by four
 * spaces (blank lines included). {@code ===!} starts a new tab set even right after another tab,
 * {@code ===+} marks the tab shown first. The label is inline Markdown.
 */
final class TabbedBlockParser extends dev.lectern.markdown.IndentedContainerParser<TabPanel> {
  private final String label;

  TabbedBlockParser(TabPanel block, String label) {
    super(block);
    this.label = label;
  }


  @Override
  public void parseInlines(InlineParser inlineParser) {
    TabLabel node = new TabLabel();
    inlineParser.parse(SourceLines.of(SourceLine.of(label, null)), node);
    block.prependChild(node);
  }

  /** Starts a tab on {@code === "Label"}, {@code ===! "Label"} or {@code ===+ "Label"}. */
  static final class Factory extends AbstractBlockParserFactory {
    private static final Pattern HEADER =
        Pattern.compile("^===([!+]{0,2})[ \\t]+\"(.*)\"[ \\t]*$");

    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
      if (state.getIndent() >= INDENT) {
        return BlockStart.none();
      }
      CharSequence line = state.getLine().getContent();
      Matcher m = HEADER.matcher(line.subSequence(state.getNextNonSpaceIndex(), line.length()));
      if (!m.matches()) {
        return BlockStart.none();
      }
      String flags = m.group(1);
      TabPanel panel = new TabPanel(m.group(2), flags.contains("+"), flags.contains("!"));
      return BlockStart.of(new TabbedBlockParser(panel, m.group(2))).atIndex(line.length());
    }
  }
}
