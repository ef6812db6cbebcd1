package dev.lectern.markdown;

import dev.lectern.diagnostic.SourcePosition;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/** Source positions of commonmark nodes (the body keeps the file's line numbers). */
public final class Positions {
  private Positions() {}

  /** Where {@code node} starts in {@code file}; falls back to its nearest ancestor with a span. */
  public static SourcePosition of(Node node, String file) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (!n.getSourceSpans().isEmpty()) {
        SourceSpan span = n.getSourceSpans().get(0);
        return new SourcePosition(file, span.getLineIndex() + 1, span.getColumnIndex() + 1);
      }
    }
    return new SourcePosition(file, 1, 1);
  }
}
