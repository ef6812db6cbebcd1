package dev.lectern.markdown.callout;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Renders a {@link Callout} as a titled note ({@code div role=note}), or as a {@code details}
 * disclosure when it folds. The title is text, so meaning never rests on colour; the theme draws
 * each type's colour and icon.
 */
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
    boolean folds = callout.fold() != Callout.Fold.NONE;
    String tag = folds ? "details" : "div";
    Map<String, String> attrs = new LinkedHashMap<>();
    attrs.put("class", "callout " + callout.type().cssClass());
    if (folds) {
      if (callout.fold() == Callout.Fold.OPEN) {
        attrs.put("open", "");
      }
    } else {
      attrs.put("role", "note");
    }
    html.line();
    html.tag(tag, context.extendAttributes(node, tag, attrs));
    html.line();
    String title = callout.title();
    if (folds && title.isEmpty()) {
      title = CalloutType.defaultTitle(callout.writtenType());
    }
    if (!title.isEmpty()) {
      String titleTag = folds ? "summary" : "p";
      html.tag(titleTag, Map.of("class", "callout-title"));
      html.text(title);
      html.tag("/" + titleTag);
      html.line();
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      context.render(child);
    }
    html.line();
    html.tag("/" + tag);
    html.line();
  }
}
