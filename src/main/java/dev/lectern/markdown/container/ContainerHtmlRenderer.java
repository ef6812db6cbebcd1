package dev.lectern.markdown.container;

import dev.lectern.api.ContainerBlock;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Renders a container no processor converted (one left unclosed, which fails the build anyway)
 * as a plain {@code div}, so its content is still visible in a preview.
 */
public final class ContainerHtmlRenderer implements NodeRenderer {
  private final HtmlNodeRendererContext context;
  private final HtmlWriter html;

  public ContainerHtmlRenderer(HtmlNodeRendererContext context) {
    this.context = context;
    this.html = context.getWriter();
  }

  @Override
  public Set<Class<? extends Node>> getNodeTypes() {
    return Set.of(ContainerBlock.class);
  }

  @Override
  public void render(Node node) {
    html.line();
    html.tag("div", Map.of("class", "container-" + ((ContainerBlock) node).kind()));
    for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
      context.render(c);
    }
    html.tag("/div");
    html.line();
  }
}
