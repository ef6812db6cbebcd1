package dev.lectern.markdown.math;

import java.util.Set;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * Math in a line: {@code $…$} (as pandoc reads it: no space after the opening {@code $} or
 * before the closing one, and no digit right after it, so "$5 and $10" stays text),
 * {@code $$…$$} (displayed) and {@code \(…\)}. A backslash escapes the next character inside.
 * Tried before the backslash-escape parser, so {@code \(} is not taken for an escaped
 * parenthesis. Each kind of delimiter that found no closing one in a paragraph is not looked
 * for again in it, so no input makes the search quadratic.
 */
final class MathInlineParser implements InlineContentParser {
  private boolean noSingle;
  private boolean noDouble;
  private boolean noParen;

  /** Makes one parser per paragraph. */
  static final class Factory implements InlineContentParserFactory {
    @Override
    public Set<Character> getTriggerCharacters() {
      return Set.of('$', '\\');
    }

    @Override
    public InlineContentParser create() {
      return new MathInlineParser();
    }
  }

  @Override
  public ParsedInline tryParse(InlineParserState state) {
    Scanner s = state.scanner();
    char c = s.peek();
    s.next();
    if (c == '\\') {
      if (s.peek() != '(' || noParen) {
        return ParsedInline.none();
      }
      s.next();
      ParsedInline found = until(s, ')', false);
      noParen = found == null;
      return found == null ? ParsedInline.none() : found;
    }
    if (s.peek() == '$') {
      s.next();
      if (noDouble) {
        return ParsedInline.none();
      }
      ParsedInline found = until(s, '$', true);
      noDouble = found == null;
      return found == null ? ParsedInline.none() : found;
    }
    char first = s.peek();
    if (noSingle || first == Scanner.END || Character.isWhitespace(first)) {
      return ParsedInline.none();
    }
    ParsedInline found = single(s);
    noSingle = found == null;
    return found == null ? ParsedInline.none() : found;
  }

  /** Up to {@code \)} (close ')') or {@code $$} (close '$'); null if never closed. */
  private static ParsedInline until(Scanner s, char close, boolean display) {
    Position start = s.position();
    while (s.hasNext()) {
      char ch = s.peek();
      Position end = s.position();
      if (close == ')' && ch == '\\') {
        s.next();
        if (s.peek() == ')') {
          s.next();
          return math(s, start, end, false);
        }
        continue;
      }
      if (ch == '\\') {
        s.next();
        s.next();
      } else if (ch == '$' && close == '$') {
        s.next();
        if (s.peek() == '$') {
          s.next();
          return math(s, start, end, display);
        }
      } else {
        s.next();
      }
    }
    return null;
  }

  private static ParsedInline single(Scanner s) {
    Position start = s.position();
    while (s.hasNext()) {
      char ch = s.peek();
      if (ch == '\\') {
        s.next();
        s.next();
        continue;
      }
      if (ch == '$') {
        int before = s.peekPreviousCodePoint();
        Position end = s.position();
        s.next();
        char after = s.peek();
        if (!Character.isWhitespace(before) && !(after >= '0' && after <= '9')) {
          return math(s, start, end, false);
        }
        continue;
      }
      s.next();
    }
    return null;
  }

  private static ParsedInline math(Scanner s, Position start, Position end, boolean display) {
    String tex = s.getSource(start, end).getContent().strip();
    if (tex.isEmpty()) {
      return null;
    }
    return ParsedInline.of(new InlineMath(tex, display), s.position());
  }
}
