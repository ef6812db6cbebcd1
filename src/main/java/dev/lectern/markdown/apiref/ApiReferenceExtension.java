package dev.lectern.markdown.apiref;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Parses {@code ::: a.b.C} directives into {@link ApiReference}s and renders each as an info
 * callout (the callouts' markup, so the theme styles it) naming the object.
 */
public final class ApiReferenceExtension implements Parser.ParserExtension,
    HtmlRenderer.HtmlRendererExtension {
  private ApiReferenceExtension() {}

  public static Extension create() {
    return new ApiReferenceExtension();
  }

  @Override
  public void extend(Parser.Builder builder) {
    builder.customBlockParserFactory(new ApiReferenceParser.Factory());
  }

  @Override
  public void extend(HtmlRenderer.Builder builder) {
    builder.nodeRendererFactory(context -> new Renderer(context.getWriter()));
  }

  private static final class Renderer implements NodeRenderer {
    private final HtmlWriter html;

    Renderer(HtmlWriter html) {
      this.html = html;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
      return Set.of(ApiReference.class);
    }

    @Override
    public void render(Node node) {
      ApiReference ref = (ApiReference) node;
      html.line();
      Map<String, String> attributes = new LinkedHashMap<>();
      attributes.put("class", "callout callout-info api-reference");
      attributes.put("role", "note");
      html.tag("div", attributes);
      html.tag("p", Map.of("class", "callout-title"));
      html.text("API reference: ");
      html.tag("code");
      html.text(ref.identifier());
      html.tag("/code");
      html.tag("/p");
      html.tag("p");
      html.text("Generated from the source code in the original documentation; not part of "
          + "this build.");
      html.tag("/p");
      html.tag("/div");
      html.line();
    }
  }
}
