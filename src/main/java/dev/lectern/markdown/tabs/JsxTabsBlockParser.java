package dev.lectern.markdown.tabs;

import dev.lectern.api.ContainerBlock;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Parses Docusaurus' and Starlight's {@code <Tabs>} … {@code </Tabs>} with
 * {@code <TabItem value label default>} … {@code </TabItem>} inside, each tag on a line of its
 * own, with Markdown between them. It runs before CommonMark's HTML-block rule, which would
 * otherwise take the tags (and the Markdown up to the next blank line) as raw HTML. As in MDX,
 * indentation inside a tab is not code: the tab's lines lose the indentation of its first line.
 * A one-line {@code <TabItem label="x">text</TabItem>} is a tab too.
 */
final class JsxTabsBlockParser extends AbstractBlockParser {
  private static final Pattern TABS = Pattern.compile("^<Tabs(\\s[^>]*)?>[ \\t]*$");
  // MDX may follow a closing tag with an expression, typically {' '}.
  private static final Pattern TABS_END =
      Pattern.compile("^</Tabs>[ \\t]*(?:\\{[^{}]*\\})?[ \\t]*$");
  private static final Pattern ITEM = Pattern.compile("^<TabItem(\\s[^>]*?)?>[ \\t]*$");
  private static final Pattern ITEM_END =
      Pattern.compile("^</TabItem>[ \\t]*(?:\\{[^{}]*\\})?[ \\t]*$");
  private static final Pattern ONE_LINE_ITEM =
      Pattern.compile("^<TabItem(\\s[^>]*?)?>(.*)</TabItem>[ \\t]*$");

  private final Block block;
  private final Pattern end;
  private final String inlineText;
  private int contentIndent = -1;
  private boolean endTagSeen;

  private JsxTabsBlockParser(Block block, Pattern end, String inlineText) {
    this.block = block;
    this.end = end;
    this.inlineText = inlineText;
  }

  @Override
  public Block getBlock() {
    return block;
  }

  @Override
  public boolean isContainer() {
    return inlineText == null;
  }

  @Override
  public boolean canContain(Block childBlock) {
    return inlineText == null;
  }

  @Override
  public BlockContinue tryContinue(ParserState state) {
    if (inlineText != null) {
      return BlockContinue.none();
    }
    CharSequence line = state.getLine().getContent();
    CharSequence rest = line.subSequence(state.getNextNonSpaceIndex(), line.length());
    if (end.matcher(rest).matches() && !innerOwnsLine(state)) {
      endTagSeen = true;
      return BlockContinue.finished();
    }
    if (block instanceof TabSet || state.isBlank()) {
      return BlockContinue.atIndex(state.getIndex());
    }
    if (contentIndent < 0) {
      contentIndent = state.getIndent();
    }
    return BlockContinue.atColumn(state.getColumn() + Math.min(state.getIndent(), contentIndent));
  }

  /** A fence or fenced block open inside owns the line; an open tab does not own {@code </Tabs>}. */
  private boolean innerOwnsLine(ParserState state) {
    for (Node n = state.getActiveBlockParser().getBlock(); n != null && n != block;
        n = n.getParent()) {
      if (n instanceof FencedCodeBlock || n instanceof ContainerBlock c && !c.isClosed()
          || n instanceof TabPanel && block instanceof TabPanel) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void closeBlock() {
    if (inlineText == null && !endTagSeen) {
      if (block instanceof TabSet set) {
        set.markUnclosed();
      } else {
        ((TabPanel) block).markUnclosed();
      }
    }
  }

  @Override
  public void parseInlines(InlineParser inlineParser) {
    if (inlineText != null && !inlineText.isBlank()) {
      Paragraph p = new Paragraph();
      inlineParser.parse(SourceLines.of(SourceLine.of(inlineText.strip(), null)), p);
      block.appendChild(p);
    }
  }

  /** Starts {@code <Tabs>} where a block may start, and {@code <TabItem>} inside tabs. */
  static final class Factory extends AbstractBlockParserFactory {
    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
      CharSequence line = state.getLine().getContent();
      CharSequence rest = line.subSequence(state.getNextNonSpaceIndex(), line.length());
      Block parent = matched.getMatchedBlockParser().getBlock();
      boolean inTabs = parent instanceof TabSet;
      if (state.getIndent() >= 4 && !inTabs && !(parent instanceof TabPanel)) {
        return BlockStart.none();
      }
      Matcher m = TABS.matcher(rest);
      if (m.matches()) {
        Map<String, String> a = JsxAttributes.parse(m.group(1));
        TabSet set = new TabSet(a.getOrDefault("groupId", a.getOrDefault("syncKey", "")));
        return start(new JsxTabsBlockParser(set, TABS_END, null), line);
      }
      if (!inTabs) {
        return BlockStart.none();
      }
      m = ITEM.matcher(rest);
      if (m.matches()) {
        return start(new JsxTabsBlockParser(panel(m.group(1)), ITEM_END, null), line);
      }
      m = ONE_LINE_ITEM.matcher(rest);
      if (m.matches()) {
        return start(new JsxTabsBlockParser(panel(m.group(1)), ITEM_END, m.group(2)), line);
      }
      return BlockStart.none();
    }

    private static TabPanel panel(String attributes) {
      Map<String, String> a = JsxAttributes.parse(attributes);
      String label = a.getOrDefault("label", a.getOrDefault("value", ""));
      boolean selected = a.containsKey("default") && !a.get("default").equals("false");
      return new TabPanel(label, selected, false);
    }

    private static BlockStart start(JsxTabsBlockParser parser, CharSequence line) {
      return BlockStart.of(parser).atIndex(line.length());
    }
  }
}
