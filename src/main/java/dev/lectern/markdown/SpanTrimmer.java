package dev.lectern.markdown;

import java.util.ArrayList;
import java.util.List;
import dev.lectern.markdown.code.CodeBlock;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

/**
 * Drops the source spans a parsed page no longer needs. Every check that reads a node's position
 * runs while the page is parsed, except for links, images and code blocks: the render stage
 * reports links to missing pages and code it could not highlight, and the check stage broken
 * URLs, at their place in the Markdown. Every node had
 * a list of spans, and a large site's documents stay in memory until their pages are rendered:
 * at 10,000 chapters the lists took a quarter of the heap.
 */
final class SpanTrimmer extends AbstractVisitor {
  private final List<Node> links = new ArrayList<>();

  private SpanTrimmer() {}

  /**
   * Keeps the first span of links, images and code blocks, and forgets every other span.
   * Returns the links and images, in document order.
   */
  static List<Node> trim(Node document) {
    SpanTrimmer trimmer = new SpanTrimmer();
    document.accept(trimmer);
    return List.copyOf(trimmer.links);
  }

  @Override
  protected void visitChildren(Node parent) {
    Node child = parent.getFirstChild();
    while (child != null) {
      Node next = child.getNext();
      trimOne(child);
      if (child instanceof Link || child instanceof Image) {
        links.add(child);
      }
      child.accept(this);
      child = next;
    }
  }

  @Override
  public void visit(org.commonmark.node.Document document) {
    trimOne(document);
    visitChildren(document);
  }

  private static void trimOne(Node node) {
    List<org.commonmark.node.SourceSpan> spans = node.getSourceSpans();
    if (spans.isEmpty()) {
      return;
    }
    boolean positioned = node instanceof Link || node instanceof Image
        || node instanceof CodeBlock;
    node.setSourceSpans(positioned ? List.of(spans.get(0)) : List.of());
  }
}
