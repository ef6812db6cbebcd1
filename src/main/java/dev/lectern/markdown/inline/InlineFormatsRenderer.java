package dev.lectern.markdown.inline;

import dev.lectern.markdown.container.TitledBlock;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Renders inline formats as their elements, and keys as pymdownx does:
 * {@code <span class="keys"><kbd class="key-ctrl">Ctrl</kbd><span>+</span>…</span>}.
 */
final class InlineFormatsRenderer implements NodeRenderer {
  private final HtmlNodeRendererContext context;
  private final HtmlWriter html;

  InlineFormatsRenderer(HtmlNodeRendererContext context) {
    this.context = context;
    this.html = context.getWriter();
  }

  @Override
  public Set<Class<? extends Node>> getNodeTypes() {
    return Set.of(InlineFormat.class, Keys.class);
  }

  @Override
  public void render(Node node) {
    if (node instanceof InlineFormat f) {
      html.tag(f.kind().tag());
      for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
        context.render(c);
      }
      html.tag("/" + f.kind().tag());
      return;
    }
    html.tag("span", TitledBlock.attrs("class", "keys"));
    boolean first = true;
    for (Keys.Key key : ((Keys) node).keys()) {
      if (!first) {
        html.tag("span");
        html.text("+");
        html.tag("/span");
      }
      first = false;
      html.tag("kbd", key.name().isEmpty() ? TitledBlock.attrs()
          : TitledBlock.attrs("class", "key-" + key.name()));
      html.text(key.label());
      html.tag("/kbd");
    }
    html.tag("/span");
  }
}
