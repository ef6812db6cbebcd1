package dev.lectern.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
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

  /** The destinations of {@code document} now. */
  public static LinkSnapshot of(Node document) {
    List<String> found = new ArrayList<>();
    visit(document, (node, destination) -> found.add(destination));
    return new LinkSnapshot(List.copyOf(found));
  }

  /** Puts back every destination as it was when the snapshot was taken. */
  public void restore(Node document) {
    int[] i = {0};
    visit(document, (node, destination) -> {
      String original = destinations.get(i[0]++);
      if (node instanceof Link link) {
        link.setDestination(original);
      } else if (node instanceof Image image) {
        image.setDestination(original);
      }
    });
  }

  private interface Step {
    void accept(Node node, String destination);
  }

  private static void visit(Node document, Step step) {
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(Link link) {
        step.accept(link, link.getDestination());
        visitChildren(link);
      }

      @Override
      public void visit(Image image) {
        step.accept(image, image.getDestination());
        visitChildren(image);
      }
    });
  }
}
