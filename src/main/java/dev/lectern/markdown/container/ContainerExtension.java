package dev.lectern.markdown.container;

import dev.lectern.api.ContainerBlock;
import org.commonmark.Extension;
import org.commonmark.parser.Parser;

/**
 * Parses every {@code :::kind} … {@code :::} block into a {@link dev.lectern.api.ContainerBlock}.
 * Extensions claim kinds and give them meaning; the rest render as a {@code div} with a warning.
 */
public final class ContainerExtension implements Parser.ParserExtension {
  private ContainerExtension() {}

  public static Extension create() {
    return new ContainerExtension();
  }

  @Override
  public void extend(Parser.Builder builder) {
    builder.customBlockParserFactory(new ContainerBlockParser.Factory());
  }
}
