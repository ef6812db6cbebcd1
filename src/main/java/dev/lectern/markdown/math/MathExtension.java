package dev.lectern.markdown.math;

import org.commonmark.Extension;
import org.commonmark.parser.Parser;

/** The parsers of math: displayed blocks and math within lines. */
final class MathExtension implements Parser.ParserExtension {
  private MathExtension() {}

  static Extension create() {
    return new MathExtension();
  }

  @Override
  public void extend(Parser.Builder builder) {
    builder.customBlockParserFactory(new MathBlockParser.Factory());
    builder.customInlineContentParserFactory(new MathInlineParser.Factory());
  }
}
