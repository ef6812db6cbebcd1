package dev.lectern.markdown.emoji;

import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlRenderer;

/** Emoji shortcodes ({@code :smile:}) as Unicode; icon shortcodes kept as text. */
public final class EmojiExtension implements Parser.ParserExtension,
    HtmlRenderer.HtmlRendererExtension {
  private EmojiExtension() {}

  public static Extension create() {
    return new EmojiExtension();
  }

  @Override
  public void extend(Parser.Builder builder) {
    builder.customInlineContentParserFactory(new EmojiParser.Factory());
  }

  @Override
  public void extend(HtmlRenderer.Builder builder) {
    builder.nodeRendererFactory(context -> new NodeRenderer() {
      @Override
      public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(IconShortcode.class);
      }

      @Override
      public void render(Node node) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
          context.render(c);
        }
      }
    });
  }
}
