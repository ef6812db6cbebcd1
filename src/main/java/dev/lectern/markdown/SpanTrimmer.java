package dev.lectern.markdown;

import java.util.List;
import org.commonmark.node.Block;
import org.commonmark.node.Node;

/**
 * Drops the source spans of inline nodes once a page is parsed. Positions that later stages
 * report are either extracted by then ({@link LinkRef}) or those of blocks (a code block that
 * could not be highlighted), which keep their first span. A large site's documents stay in
 * memory for the whole build, and at 10,000 chapters the span lists took a quarter of the heap.
 */
final class SpanTrimmer {
  private SpanTrimmer() {}

  static void trim(Node node) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      List<org.commonmark.node.SourceSpan> spans = child.getSourceSpans();
      if (!spans.isEmpty()) {
        child.setSourceSpans(child instanceof Block ? List.of(spans.get(0)) : List.of());
      }
      trim(child);
    }
  }
}
