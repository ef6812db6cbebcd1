package dev.lectern.markdown.emoji;

import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Scanner;

/**
 * Parses {@code :name:} shortcodes into their emoji, as text. A shortcode stands alone: no letter
 * or digit right before or after it, so times ({@code 10:30:00}) and URLs stay as they are.
 * Material's icon shortcodes become {@link IconShortcode}s.
 */
final class EmojiParser implements InlineContentParser {
  private static final int LONGEST = 64;
  private static final Pattern ICON = Pattern.compile("(?:material|fontawesome|octicons|simple)-[a-z0-9-]+");

  @Override
  public ParsedInline tryParse(InlineParserState state) {
    Scanner scanner = state.scanner();
    int before = scanner.peekPreviousCodePoint();
    if (Character.isLetterOrDigit(before)) {
      return ParsedInline.none();
    }
    scanner.next();
    StringBuilder name = new StringBuilder();
    while (name.length() <= LONGEST) {
      char c = scanner.peek();
      if (c == ':') {
        break;
      }
      if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '+' || c == '-')) {
        return ParsedInline.none();
      }
      name.append(c);
      scanner.next();
    }
    if (name.length() == 0 || scanner.peek() != ':') {
      return ParsedInline.none();
    }
    scanner.next();
    if (Character.isLetterOrDigit(scanner.peekCodePoint())) {
      return ParsedInline.none();
    }
    String n = name.toString();
    Node node = EmojiTable.emoji(n).<Node>map(Text::new).orElse(null);
    if (node == null && ICON.matcher(n).matches()) {
      node = new IconShortcode(n);
      node.appendChild(new Text(":" + n + ":"));
    }
    return node == null ? ParsedInline.none() : ParsedInline.of(node, scanner.position());
  }

  /** Makes emoji parsers; triggered by ':'. */
  static final class Factory implements InlineContentParserFactory {
    @Override
    public Set<Character> getTriggerCharacters() {
      return Set.of(':');
    }

    @Override
    public InlineContentParser create() {
      return new EmojiParser();
    }
  }
}
