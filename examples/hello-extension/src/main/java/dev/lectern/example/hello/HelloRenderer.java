package dev.lectern.example.hello;

import java.util.Map;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/** Writes a {@link HelloBlock} as {@code <p class="hello">Hello, NAME!</p>}. */
final class HelloRenderer implements NodeRenderer {
  private final HtmlWriter html;
  private final String greeting;

  HelloRenderer(HtmlNodeRendererContext context, String greeting) {
    this.html = context.getWriter();
    this.greeting = greeting;
  }

  @Override
  public Set<Class<? extends Node>> getNodeTypes() {
    return Set.of(HelloBlock.class);
  }

  @Override
  public void render(Node node) {
    html.line();
    html.tag("p", Map.of("class", "hello"));
    html.text(greeting + ", " + ((HelloBlock) node).name() + "!");
    html.tag("/p");
    html.line();
  }
}
