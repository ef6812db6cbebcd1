package dev.lectern.markdown;

import java.util.Set;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Raw HTML nodes as they reach the renderer: with {@code markdown.unsafe_html: true} they pass
 * through, still without script-running URLs. Otherwise the safe-HTML extension has already
 * replaced them with sanitised nodes, and any left (made by another extension) are left out.
 */
final class RawHtmlRenderer implements NodeRenderer {
  static final String OMITTED = "<!-- raw HTML omitted -->";
  private final HtmlWriter html;
  private final boolean unsafe;

  RawHtmlRenderer(HtmlNodeRendererContext context, boolean unsafe) {
    this.html = context.getWriter();
    this.unsafe = unsafe;
  }

  @Override
  public Set<Class<? extends Node>> getNodeTypes() {
    return Set.of(HtmlBlock.class, HtmlInline.class);
  }

  @Override
  public void render(Node node) {
    boolean block = node instanceof HtmlBlock;
    String literal = block ? ((HtmlBlock) node).getLiteral() : ((HtmlInline) node).getLiteral();
    if (block) {
      html.line();
    }
    html.raw(unsafe ? UrlSafety.defuse(literal) : OMITTED);
    if (block) {
      html.line();
    }
  }
}
