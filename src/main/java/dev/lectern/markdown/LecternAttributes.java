package dev.lectern.markdown;

import java.util.Map;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.AttributeProvider;

/**
 * Attributes Lectern adds or changes: heading ids from their {@link HeadingId} child; tables
 * focusable (they scroll sideways on narrow screens); table-cell alignment as a class (HTML5 made
 * {@code align} obsolete); links and images pointing where the assemble stage resolved them; and
 * no link or image whose URL has a script-running scheme (the parse stage has already reported it
 * as an error).
 */
final class LecternAttributes implements AttributeProvider {
  private final RenderScope scope;

  LecternAttributes(RenderScope scope) {
    this.scope = scope;
  }

  @Override
  public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
    if (node instanceof Heading) {
      for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
        if (child instanceof HeadingId id) {
          attributes.put("id", id.id());
        }
      }
    } else if (node instanceof TableBlock) {
      // The theme lets wide tables scroll sideways; keyboard users must be able to reach them.
      attributes.put("tabindex", "0");
    } else if (node instanceof TableCell) {
      String align = attributes.remove("align");
      if (align != null) {
        attributes.put("class", "align-" + align);
      }
    } else if (node instanceof Link) {
      scope.linkUrl(node).ifPresent(url -> attributes.put("href", url));
      if (!UrlSafety.isSafe(attributes.get("href"))) {
        attributes.put("href", "#");
      }
    } else if (node instanceof Image) {
      scope.linkUrl(node).ifPresent(url -> attributes.put("src", url));
      if (!UrlSafety.isSafe(attributes.get("src"))) {
        attributes.put("src", "");
      }
    }
  }
}
