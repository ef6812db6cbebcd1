package dev.lectern.markdown.admonition;

import dev.lectern.markdown.callout.Callout;
import dev.lectern.markdown.callout.CalloutType;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Parses Python-Markdown's admonitions ({@code !!! type "Title"}) and pymdownx.details'
 * collapsible ones ({@code ??? type}, open with {@code ???+}) into {@link Callout}s. The body is
 * the following lines indented by four spaces (blank lines included); the first line indented
 * less ends it. Words after the type ({@code !!! note inline end}) are Material's layout classes
 * and are ignored; {@code ""} as the title means no title.
 */
final class AdmonitionBlockParser extends dev.lectern.markdown.IndentedContainerParser<Callout> {

  AdmonitionBlockParser(Callout block) {
    super(block);
  }


  /** Starts an admonition on a {@code !!!}, {@code ???} or {@code ???+} header line. */
  static final class Factory extends AbstractBlockParserFactory {
    private static final Pattern HEADER = Pattern.compile("^(!!!|\\?\\?\\?\\+?)[ \\t]*"
        + "([A-Za-z][\\w-]*)?((?:[ \\t]+[A-Za-z][\\w-]*)*)[ \\t]*(?:\"(.*)\")?[ \\t]*$");

    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
      if (state.getIndent() >= INDENT) {
        return BlockStart.none();
      }
      CharSequence line = state.getLine().getContent();
      Matcher m = HEADER.matcher(line.subSequence(state.getNextNonSpaceIndex(), line.length()));
      if (!m.matches() || m.group(2) == null && m.group(4) == null) {
        return BlockStart.none();
      }
      String type = m.group(2) == null ? "" : m.group(2);
      String title = m.group(4) != null ? m.group(4).strip() : CalloutType.defaultTitle(type);
      Callout.Fold fold = switch (m.group(1)) {
        case "!!!" -> Callout.Fold.NONE;
        case "???" -> Callout.Fold.CLOSED;
        default -> Callout.Fold.OPEN;
      };
      if (fold != Callout.Fold.NONE && title.isEmpty()) {
        title = type.isEmpty() ? "Details" : CalloutType.defaultTitle(type);
      }
      return BlockStart.of(new AdmonitionBlockParser(Callout.of(type, title, fold)))
          .atIndex(line.length());
    }
  }
}
