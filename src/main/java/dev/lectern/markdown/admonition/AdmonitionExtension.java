package dev.lectern.markdown.admonition;

import org.commonmark.Extension;
import org.commonmark.parser.Parser;

/**
 * Parses Python-Markdown's {@code !!!} admonitions and pymdownx.details' {@code ???} /
 * {@code ???+} ones into callouts. See {@code admonition-spec.txt}.
 */
public final class AdmonitionExtension implements Parser.ParserExtension {
  private AdmonitionExtension() {}

  public static Extension create() {
    return new AdmonitionExtension();
  }

  @Override
  public void extend(Parser.Builder builder) {
    builder.customBlockParserFactory(new AdmonitionBlockParser.Factory());
  }
}
