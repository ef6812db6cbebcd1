package dev.lectern.markdown.container;

import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.parser.Parser;

/**
 * Parses {@code :::KIND} … {@code :::} blocks for the given kinds into {@link ContainerBlock}s.
 * Shared by the block extensions (FAQ, quiz) that give each kind its meaning.
 */
public final class ContainerExtension implements Parser.ParserExtension {
  private final Set<String> kinds;

  private ContainerExtension(Set<String> kinds) {
    this.kinds = kinds;
  }

  public static Extension create(Set<String> kinds) {
    return new ContainerExtension(Set.copyOf(kinds));
  }

  @Override
  public void extend(Parser.Builder builder) {
    builder.customBlockParserFactory(new ContainerBlockParser.Factory(kinds));
  }
}
