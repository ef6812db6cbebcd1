package dev.lectern.markdown.callout;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/** Renders a {@link Callout} as a titled note; the title is text, so meaning never rests on colour. */
final class CalloutHtmlRenderer implements NodeRenderer {
  private final HtmlNodeRendererContext context;
  private final HtmlWriter html;

  CalloutHtmlRenderer(HtmlNodeRendererContext context) {
    this.context = context;
    this.html = context.getWriter();
  }

  @Override
  public Set<Class<? extends Node>> getNodeTypes() {
    return Set.of(Callout.class);
  }

  @Override
  public void render(Node node) {
    Callout callout = (Callout) node;
    Map<String, String> attrs = new LinkedHashMap<>();
    attrs.put("class", "callout " + callout.kind().cssClass());
    attrs.put("role", "note");
    html.line();
    html.tag("div", context.extendAttributes(node, "div", attrs));
    html.line();
    html.tag("p", Map.of("class", "callout-title"));
    html.text(callout.kind().title());
    html.tag("/p");
    html.line();
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      context.render(child);
    }
    html.line();
    html.tag("/div");
    html.line();
  }
}
