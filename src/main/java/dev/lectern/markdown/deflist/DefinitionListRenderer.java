package dev.lectern.markdown.deflist;

import dev.lectern.markdown.deflist.DefinitionNodes.DefinitionDescription;
import dev.lectern.markdown.deflist.DefinitionNodes.DefinitionList;
import dev.lectern.markdown.deflist.DefinitionNodes.DefinitionTerm;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/** Renders definition lists as {@code <dl>}, {@code <dt>} and {@code <dd>}. */
final class DefinitionListRenderer implements NodeRenderer {
  private final HtmlNodeRendererContext context;
  private final HtmlWriter html;

  DefinitionListRenderer(HtmlNodeRendererContext context) {
    this.context = context;
    this.html = context.getWriter();
  }

  @Override
  public Set<Class<? extends Node>> getNodeTypes() {
    return Set.of(DefinitionList.class, DefinitionTerm.class, DefinitionDescription.class);
  }

  @Override
  public void render(Node node) {
    String tag = node instanceof DefinitionList ? "dl" : node instanceof DefinitionTerm ? "dt"
        : "dd";
    html.line();
    html.tag(tag, context.extendAttributes(node, tag, java.util.Map.of()));
    if (node instanceof DefinitionList) {
      html.line();
    }
    Node only = node.getFirstChild();
    if (node instanceof DefinitionDescription d && d.tight() && only instanceof Paragraph
        && only.getNext() == null) {
      renderChildren(only);
    } else {
      renderChildren(node);
    }
    html.tag("/" + tag);
    html.line();
  }

  private void renderChildren(Node node) {
    for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
      context.render(c);
    }
  }
}
