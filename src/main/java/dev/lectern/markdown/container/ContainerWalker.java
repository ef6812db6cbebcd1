package dev.lectern.markdown.container;

import dev.lectern.markdown.HeadingId;
import dev.lectern.markdown.HeadingSlugger;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * Visits the containers of one kind in document order, telling each the level its title should
 * have: one below the heading before it (h2 at the top of a page), at most h5 so that its own
 * entries fit below it. Shared by the block processors (FAQ, quiz).
 */
public final class ContainerWalker {
  private ContainerWalker() {}

  /** What to do with each container. */
  @FunctionalInterface
  public interface Visitor {
    void visit(ContainerBlock block, int titleLevel);
  }

  public static void forEach(Node document, String kind, Visitor visitor) {
    walk(document, kind, visitor, new int[] {1});
  }

  private static void walk(Node node, String kind, Visitor visitor, int[] lastLevel) {
    Node child = node.getFirstChild();
    while (child != null) {
      Node next = child.getNext();
      if (child instanceof ContainerBlock c && c.kind().equals(kind)) {
        visitor.visit(c, Math.min(lastLevel[0] + 1, 5));
      } else {
        if (child instanceof Heading h) {
          lastLevel[0] = Math.max(1, h.getLevel());
        }
        walk(child, kind, visitor, lastLevel);
      }
      child = next;
    }
  }

  /** A slugger that already knows every heading id of the document. */
  public static HeadingSlugger idsOf(Node document) {
    HeadingSlugger ids = new HeadingSlugger();
    reserve(document, ids);
    return ids;
  }

  private static void reserve(Node node, HeadingSlugger ids) {
    for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof HeadingId id) {
        ids.reserve(id.id());
      }
      reserve(n, ids);
    }
  }

  /** The plain text of a heading, as its id was made from. */
  public static String headingText(Heading h) {
    for (Node n = h.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof HeadingId id) {
        return id.text();
      }
    }
    return "";
  }
}
