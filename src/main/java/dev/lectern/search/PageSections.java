package dev.lectern.search;

import dev.lectern.markdown.HeadingId;
import dev.lectern.markdown.container.TitledBlock;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * Splits a page's document at its second-level headings (Markdown {@code ##} headings and FAQ or
 * quiz blocks titled at that level). What comes before the first is the page's opening.
 */
final class PageSections {
  /** One part of a page: its heading id and text (empty for the opening) and its nodes. */
  record Part(String id, String heading, List<Node> nodes) {}

  private PageSections() {}

  static List<Part> of(Node document) {
    List<Part> parts = new ArrayList<>();
    String id = "";
    String heading = "";
    List<Node> nodes = new ArrayList<>();
    for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
      HeadingId title = sectionTitle(n);
      if (title != null) {
        parts.add(new Part(id, heading, nodes));
        id = title.id();
        heading = title.text();
        nodes = new ArrayList<>();
      }
      nodes.add(n);
    }
    parts.add(new Part(id, heading, nodes));
    return parts;
  }

  /** The heading that starts a new part at {@code node}, or null. */
  private static HeadingId sectionTitle(Node node) {
    if (node instanceof Heading h && h.getLevel() == 2) {
      for (Node c = h.getFirstChild(); c != null; c = c.getNext()) {
        if (c instanceof HeadingId id) {
          return id;
        }
      }
    }
    if (node instanceof TitledBlock block && block.titleLevel() == 2) {
      return new HeadingId(block.titleId(), block.title(), true, 2);
    }
    return null;
  }
}
