package dev.lectern.markdown;

import java.util.Set;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * The raw-HTML policy: by default raw HTML in Markdown is left out (as Hugo does); with
 * {@code markdown.unsafe_html: true} it passes through, still without script-running URLs.
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
