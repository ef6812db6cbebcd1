package dev.lectern.markdown.html;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Block;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Writes kept raw HTML: elements with their allowed attributes (escaped) and children, and raw
 * images and links as Markdown's are written, through the attribute providers (which point
 * their URLs where the assemble stage resolved them), plus their own allowed attributes.
 */
final class HtmlElementRenderer implements NodeRenderer {
  private final HtmlNodeRendererContext context;
  private final HtmlWriter html;

  HtmlElementRenderer(HtmlNodeRendererContext context) {
    this.context = context;
    this.html = context.getWriter();
  }

  @Override
  public Set<Class<? extends Node>> getNodeTypes() {
    return Set.of(HtmlElement.class, HtmlElementBlock.class, RawImage.class, RawLink.class,
        InlineRun.class, UrlAttribute.class, LinkAttribute.class);
  }

  @Override
  public void render(Node node) {
    if (node instanceof UrlAttribute || node instanceof LinkAttribute) {
      return;  // written into its element's attribute
    }
    if (node instanceof InlineRun) {
      html.line();
      children(node);
      html.line();
    } else if (node instanceof RawImage image) {
      Map<String, String> attributes = new LinkedHashMap<>();
      attributes.put("src", image.getDestination());
      attributes.put("alt", altText(image));
      if (image.getTitle() != null) {
        attributes.put("title", image.getTitle());
      }
      image.attributes().forEach(attributes::putIfAbsent);
      urls(image, attributes);
      html.tag("img", context.extendAttributes(image, "img", attributes), true);
    } else if (node instanceof RawLink link) {
      Map<String, String> attributes = new LinkedHashMap<>();
      attributes.put("href", link.getDestination());
      if (link.getTitle() != null) {
        attributes.put("title", link.getTitle());
      }
      link.attributes().forEach(attributes::putIfAbsent);
      html.tag("a", context.extendAttributes(link, "a", attributes));
      children(link);
      html.tag("/a");
    } else {
      element((RawElement) node, node);
    }
  }

  private void element(RawElement element, Node node) {
    // A block among Markdown blocks gets lines of its own, as Markdown's blocks do.
    boolean ownLine = node instanceof Block && !(node.getParent() instanceof RawElement);
    if (ownLine) {
      html.line();
    }
    boolean empty = HtmlPolicy.VOID.contains(element.tag());
    Map<String, String> attributes = new LinkedHashMap<>(element.attributes());
    urls(node, attributes);
    html.tag(element.tag(), attributes, empty);
    if (!empty) {
      children(node);
      html.tag("/" + element.tag());
    }
    if (ownLine) {
      html.line();
    }
  }

  /**
   * The URLs of {@code node}'s {@link UrlAttribute} and {@link LinkAttribute} children, as
   * resolved, into attributes.
   */
  private void urls(Node node, Map<String, String> attributes) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof LinkAttribute link) {
        // Resolved like any link (the attribute providers put the URL it leads to); first, as
        // a raw link's href is.
        Map<String, String> rest = new LinkedHashMap<>(attributes);
        attributes.clear();
        attributes.put("href", context.extendAttributes(link, "a",
            new LinkedHashMap<>(Map.of("href", link.getDestination()))).get("href"));
        attributes.putAll(rest);
      } else if (child instanceof UrlAttribute url) {
        // The attribute providers put the URL where it was resolved to, as for any image.
        String resolved = context.extendAttributes(url, "img",
            new LinkedHashMap<>(Map.of("src", url.getDestination()))).get("src");
        String value = url.descriptor().isEmpty() ? resolved : resolved + " " + url.descriptor();
        attributes.merge(url.attribute(), value, (a, b) -> a + ", " + b);
      }
    }
  }

  private void children(Node node) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      context.render(child);
    }
  }

  private static String altText(Node image) {
    StringBuilder s = new StringBuilder();
    for (Node child = image.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Text t) {
        s.append(t.getLiteral());
      }
    }
    return s.toString();
  }
}
