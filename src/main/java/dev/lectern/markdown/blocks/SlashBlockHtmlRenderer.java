package dev.lectern.markdown.blocks;

import java.util.Map;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/** Renders a block no extension converted as a plain {@code div}, so its content stays visible. */
final class SlashBlockHtmlRenderer implements NodeRenderer {
  private final HtmlNodeRendererContext context;
  private final HtmlWriter html;

  SlashBlockHtmlRenderer(HtmlNodeRendererContext context) {
    this.context = context;
    this.html = context.getWriter();
  }

  @Override
  public Set<Class<? extends Node>> getNodeTypes() {
    return Set.of(SlashBlock.class);
  }

  @Override
  public void render(Node node) {
    html.line();
    html.tag("div", Map.of("class", "block-" + ((SlashBlock) node).name()));
    for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
      context.render(c);
    }
    html.tag("/div");
    html.line();
  }
}
