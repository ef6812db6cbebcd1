package dev.lectern.markdown.math;

import dev.lectern.api.RenderContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Writes math as its TeX source (what readers without JavaScript see) in an element the script
 * typesets: a {@code div} for a displayed block, a {@code span} within a line. The page's first
 * math also loads KaTeX's stylesheet and script, and the script that uses them, deferred.
 */
final class MathRenderer implements NodeRenderer {
  private final HtmlWriter html;
  private final RenderContext page;

  MathRenderer(HtmlNodeRendererContext context, RenderContext page) {
    this.html = context.getWriter();
    this.page = page;
  }

  @Override
  public Set<Class<? extends Node>> getNodeTypes() {
    return Set.of(MathBlock.class, InlineMath.class);
  }

  @Override
  public void render(Node node) {
    MathNode math = (MathNode) node;
    boolean block = node instanceof MathBlock;
    String tag = block ? "div" : "span";
    if (block) {
      html.line();
    }
    if (math.first()) {
      loaders();
    }
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("class", "math");
    attributes.put("data-math", math.display() ? "display" : "inline");
    html.tag(tag, attributes);
    html.text(math.tex());
    html.tag("/" + tag);
    if (block) {
      html.line();
    }
  }

  private void loaders() {
    Map<String, String> css = new LinkedHashMap<>();
    css.put("rel", "stylesheet");
    css.put("href", page.url(Maths.files().sitePath(Maths.CSS)));
    html.tag("link", css);
    for (String script : new String[] {Maths.KATEX, Maths.SCRIPT}) {
      Map<String, String> attributes = new LinkedHashMap<>();
      attributes.put("src", page.url(Maths.files().sitePath(script)));
      attributes.put("defer", "");
      html.tag("script", attributes);
      html.tag("/script");
    }
  }
}
