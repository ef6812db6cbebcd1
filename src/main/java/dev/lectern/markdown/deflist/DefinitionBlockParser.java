package dev.lectern.markdown.deflist;

import dev.lectern.markdown.deflist.DefinitionNodes.DefinitionDescription;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Parses a definition ({@code :   text}, a colon and one to three spaces) that follows a term
 * paragraph, another definition, or raw HTML (which Python-Markdown takes as the term: Material's
 * documentation writes {@code <!-- md:option -->} there); its body continues on lines indented by four spaces. The term
 * paragraph stays a paragraph here; {@link DefinitionListPostProcessor} makes the list.
 */
final class DefinitionBlockParser extends dev.lectern.markdown.IndentedContainerParser<DefinitionDescription> {

  DefinitionBlockParser(DefinitionDescription block) {
    super(block);
  }

  // A blank line right after the marker ends an empty definition.
  @Override
  protected boolean continuesOnBlankLine() {
    return block.getFirstChild() != null;
  }

  /** Starts a definition after a term paragraph or another definition. */
  static final class Factory extends AbstractBlockParserFactory {
    private static final Pattern MARKER = Pattern.compile("^:([ \\t]{1,3})\\S");

    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
      if (state.getIndent() >= INDENT) {
        return BlockStart.none();
      }
      CharSequence line = state.getLine().getContent();
      int at = state.getNextNonSpaceIndex();
      Matcher m = MARKER.matcher(line.subSequence(at, line.length()));
      if (!m.find()) {
        return BlockStart.none();
      }
      boolean termAbove = !matched.getParagraphLines().isEmpty();
      Node last = matched.getMatchedBlockParser().getBlock().getLastChild();
      if (!termAbove && !(last instanceof Paragraph) && !(last instanceof DefinitionDescription)
          && !(last instanceof HtmlBlock)) {
        return BlockStart.none();
      }
      boolean tight = termAbove || last instanceof DefinitionDescription d && d.tight();
      return BlockStart.of(new DefinitionBlockParser(new DefinitionDescription(tight)))
          .atIndex(at + 1 + m.group(1).length());
    }
  }
}
