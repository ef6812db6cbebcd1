package dev.lectern.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

/**
 * The link and image destinations of a document as parsed, in document order. The render stage
 * rewrites them in place; restoring the snapshot first lets a cached document be rendered again
 * against a site whose pages have moved.
 */
public final class LinkSnapshot {
  private final List<String> destinations;

  private LinkSnapshot(List<String> destinations) {
    this.destinations = destinations;
  }

  /** The destinations of {@code page}'s links and images now. */
  public static LinkSnapshot of(ParsedMarkdown page) {
    List<String> found = new ArrayList<>();
    page.links().forEach(node -> found.add(destination(node)));
    return new LinkSnapshot(List.copyOf(found));
  }

  /** Puts back every destination as it was when the snapshot was taken. */
  public void restore(ParsedMarkdown page) {
    for (int i = 0; i < destinations.size(); i++) {
      Node node = page.links().get(i);
      if (node instanceof Link link) {
        link.setDestination(destinations.get(i));
      } else if (node instanceof Image image) {
        image.setDestination(destinations.get(i));
      }
    }
  }

  /** The destination of a link or image node. */
  public static String destination(Node node) {
    return node instanceof Link link ? link.getDestination()
        : node instanceof Image image ? image.getDestination() : null;
  }
}
