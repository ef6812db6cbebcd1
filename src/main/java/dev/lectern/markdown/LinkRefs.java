package dev.lectern.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

/** The links and images of a document, in document order, as {@link LinkRef}s. */
final class LinkRefs {
  private LinkRefs() {}

  static List<LinkRef> of(Node document, String file) {
    List<LinkRef> refs = new ArrayList<>();
    collect(document, file, refs);
    return List.copyOf(refs);
  }

  private static void collect(Node node, String file, List<LinkRef> refs) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Link link) {
        refs.add(new LinkRef(link, false, link.getDestination(), Positions.of(link, file)));
      } else if (child instanceof Image image) {
        refs.add(new LinkRef(image, true, image.getDestination(), Positions.of(image, file)));
      }
      collect(child, file, refs);
    }
  }
}
