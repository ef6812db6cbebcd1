package dev.lectern.markdown.diagram;

import dev.lectern.api.RenderContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Writes a diagram as its source in a {@code pre} (what readers without JavaScript see), in a
 * {@code div} the script replaces with the drawing; the page's first diagram also loads Mermaid
 * and the script, deferred.
 */
final class DiagramRenderer implements NodeRenderer {
  private final HtmlWriter html;
  private final RenderContext page;

  DiagramRenderer(HtmlNodeRendererContext context, RenderContext page) {
    this.html = context.getWriter();
    this.page = page;
  }

  @Override
  public Set<Class<? extends Node>> getNodeTypes() {
    return Set.of(Diagram.class);
  }

  @Override
  public void render(Node node) {
    Diagram diagram = (Diagram) node;
    html.line();
    html.raw("<div class=\"diagram\" data-diagram=\"mermaid\"><pre class=\"diagram-source\" "
        + "tabindex=\"0\"><code class=\"language-mermaid\">");
    html.text(diagram.source());
    html.raw("</code></pre></div>");
    if (diagram.first()) {
      script(Diagrams.files().sitePath(Diagrams.MERMAID));
      script(Diagrams.files().sitePath(Diagrams.SCRIPT));
    }
    html.line();
  }

  private void script(String sitePath) {
    Map<String, String> attributes = new LinkedHashMap<>();  // in this order, every build
    attributes.put("src", page.url(sitePath));
    attributes.put("defer", "");
    html.tag("script", attributes);
    html.tag("/script");
  }
}
