package dev.lectern.markdown.attributes;

import java.util.Map;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.renderer.html.AttributeProvider;

/**
 * Sets the {@link Attributes} of a heading, paragraph, link or image (its last child), or of a
 * list, quote or table (its next sibling). A heading's id is set with its other ids, and its
 * {@code data-toc-label} went to the table of contents; a link opened in a new tab gets
 * {@code rel="noopener"}.
 */
final class AttributesProvider implements AttributeProvider {
  private static final Set<String> SET_ELSEWHERE = Set.of("data-toc-label");

  @Override
  public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
    AttributeList list = listOf(node);
    if (list == null) {
      return;
    }
    if (!list.id().isEmpty() && !(node instanceof Heading)) {
      attributes.put("id", list.id());
    }
    if (!list.classes().isEmpty()) {
      String classes = String.join(" ", list.classes());
      attributes.merge("class", classes, (a, b) -> a + " " + b);
    }
    list.attributes().forEach((key, value) -> {
      if (!SET_ELSEWHERE.contains(key)) {
        attributes.put(key, value);
      }
    });
    if ("_blank".equals(attributes.get("target")) && !attributes.containsKey("rel")) {
      attributes.put("rel", "noopener");
    }
  }

  /** The attribute list that applies to {@code node}, if any. */
  static AttributeList listOf(Node node) {
    if (node.getLastChild() instanceof Attributes a && !a.ofPreviousBlock()
        && (node instanceof Heading || node instanceof Paragraph || node instanceof Link
            || node instanceof Image)) {
      return a.list();
    }
    if (node.getNext() instanceof Attributes a && a.ofPreviousBlock() && appliesAfter(node)) {
      return a.list();
    }
    return null;
  }

  /** Blocks an attribute list on the line after them may apply to. */
  static boolean appliesAfter(Node block) {
    return block instanceof Paragraph || block instanceof Heading || block instanceof BulletList
        || block instanceof OrderedList || block instanceof BlockQuote
        || block instanceof TableBlock;
  }
}
