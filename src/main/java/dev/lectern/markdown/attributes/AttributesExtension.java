package dev.lectern.markdown.attributes;

import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Attribute lists on images, links, paragraphs and blocks (headings' are read with their ids):
 * finds them, sets them, and renders the {@link Attributes} nodes as nothing. See
 * {@code attributes-spec.txt}.
 */
public final class AttributesExtension implements Parser.ParserExtension,
    HtmlRenderer.HtmlRendererExtension {
  private AttributesExtension() {}

  public static Extension create() {
    return new AttributesExtension();
  }

  @Override
  public void extend(Parser.Builder builder) {
    builder.postProcessor(new AttributesPostProcessor());
  }

  @Override
  public void extend(HtmlRenderer.Builder builder) {
    builder.attributeProviderFactory(context -> new AttributesProvider());
    builder.nodeRendererFactory(context -> new NodeRenderer() {
      @Override
      public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Attributes.class);
      }

      @Override
      public void render(Node node) {
        // Attributes are set on the element they belong to, never rendered.
      }
    });
  }
}
