package dev.lectern.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

/** The links and images of a document, in document order. */
final class LinkRefs {
  private LinkRefs() {}

  /** The link and image nodes of {@code document}, in document order. */
  static List<Node> nodes(Node document) {
    List<Node> nodes = new ArrayList<>();
    collect(document, nodes);
    return List.copyOf(nodes);
  }

  /** The {@link LinkRef}s of {@code nodes}, with their positions in {@code file}. */
  static List<LinkRef> of(List<Node> nodes, String file) {
    List<LinkRef> refs = new ArrayList<>(nodes.size());
    for (Node n : nodes) {
      refs.add(n instanceof Link link
          ? new LinkRef(false, link.getDestination(), Positions.of(link, file))
          : new LinkRef(true, ((Image) n).getDestination(), Positions.of(n, file)));
    }
    return List.copyOf(refs);
  }

  private static void collect(Node node, List<Node> out) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Link || child instanceof Image) {
        out.add(child);
      }
      collect(child, out);
    }
  }
}
