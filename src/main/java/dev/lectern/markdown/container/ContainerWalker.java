package dev.lectern.markdown.container;

import dev.lectern.api.ContainerBlock;
import dev.lectern.markdown.HeadingId;
import dev.lectern.markdown.HeadingSlugger;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * Visits the containers of one kind in document order, telling each the level its title should
 * have. A block right after a heading belongs to that heading's section and nests one level
 * below it (at most h5, so its own entries fit below); any other block is a section of its own,
 * at h2. Either way the outline never skips a level. Shared by the block processors (FAQ, quiz).
 */
public final class ContainerWalker {
  private ContainerWalker() {}

  /** What to do with each container. */
  @FunctionalInterface
  public interface Visitor {
    void visit(ContainerBlock block, int titleLevel);
  }

  public static void forEach(Node document, String kind, Visitor visitor) {
    walk(document, kind, visitor);
  }

  private static void walk(Node node, String kind, Visitor visitor) {
    Node child = node.getFirstChild();
    while (child != null) {
      Node next = child.getNext();
      if (child instanceof ContainerBlock c && c.kind().equals(kind)) {
        visitor.visit(c, child.getPrevious() instanceof Heading h
            ? Math.min(Math.max(h.getLevel(), 1) + 1, 5) : 2);
      } else {
        walk(child, kind, visitor);
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
