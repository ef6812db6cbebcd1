package dev.lectern.markdown.html;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.jsoup.parser.Parser;

/**
 * A run of sibling nodes, from the first raw HTML node of a parent to its last, as one piece of
 * HTML for jsoup to parse: the raw HTML as written, every other node in between (Markdown) as a
 * placeholder element. Parsing it whole lets jsoup's HTML5 tree builder pair tags written in
 * different nodes ({@code <sup>} … {@code </sup>} around Markdown, {@code <details>} … a
 * Markdown paragraph … {@code </details>}) exactly as a browser would, and close what was left
 * open; {@link IslandBuilder} then rebuilds the result as nodes.
 */
final class HtmlIsland {
  /** The placeholder's tag: a Markdown node of the island goes where it ends up. */
  static final String SLOT = "lectern-slot";

  private final StringBuilder html = new StringBuilder();
  private final List<Node> slots = new ArrayList<>();
  private final List<Piece> pieces = new ArrayList<>();

  /** Where a raw HTML node's text starts in the island's HTML, and where it stood in the page. */
  private record Piece(int offset, String literal, int line, int column) {}

  /** The island of {@code first} … {@code last}, siblings in that order. */
  static HtmlIsland of(Node first, Node last) {
    HtmlIsland island = new HtmlIsland();
    for (Node n = first; n != null; n = n.getNext()) {
      island.add(n);
      if (n == last) {
        break;
      }
    }
    return island;
  }

  private void add(Node n) {
    String literal = n instanceof HtmlBlock b ? b.getLiteral()
        : n instanceof HtmlInline i ? i.getLiteral() : null;
    if (literal == null) {
      html.append('<').append(SLOT).append(" n=\"").append(slots.size()).append("\"></")
          .append(SLOT).append('>');
      slots.add(n);
      return;
    }
    SourceSpan span = n.getSourceSpans().isEmpty() ? null : n.getSourceSpans().get(0);
    pieces.add(new Piece(html.length(), literal, span == null ? 0 : span.getLineIndex() + 1,
        span == null ? 0 : span.getColumnIndex() + 1));
    html.append(literal);
    if (n instanceof HtmlBlock) {
      html.append('\n');
    }
  }

  String html() {
    return html.toString();
  }

  /** The Markdown node of placeholder {@code n}, if there is one. */
  Node slot(int n) {
    return n >= 0 && n < slots.size() ? slots.get(n) : null;
  }

  List<Node> slots() {
    return slots;
  }

  /** A parser for the island: positions tracked, nesting bounded. */
  static Parser parser() {
    return Parser.htmlParser().setTrackPosition(true).setMaxDepth(MAX_DEPTH);
  }

  /** Elements nested deeper are flattened: the output stays renderable without deep recursion. */
  static final int MAX_DEPTH = 100;

  /** The page line and column of {@code offset} in the island's HTML; line 0 if unknown. */
  int[] position(int offset) {
    if (newlines == null) {
      newlines = newlineOffsets(html);
    }
    int p = pieces.size() - 1;
    int lo = 0;
    while (lo < p) {  // the last piece starting at or before offset
      int mid = (lo + p + 1) >>> 1;
      if (pieces.get(mid).offset() <= offset) {
        lo = mid;
      } else {
        p = mid - 1;
      }
    }
    Piece piece = pieces.isEmpty() ? null : pieces.get(lo);
    if (piece == null || piece.line() == 0 || piece.offset() > offset) {
      return new int[] {piece == null ? 0 : piece.line(), 1};
    }
    int at = Math.min(offset, piece.offset() + piece.literal().length());
    int before = countBelow(newlines, piece.offset());
    int upTo = countBelow(newlines, at);
    if (upTo == before) {
      return new int[] {piece.line(), piece.column() + at - piece.offset()};
    }
    return new int[] {piece.line() + upTo - before, at - newlines[upTo - 1]};
  }

  private int[] newlines;

  private static int[] newlineOffsets(CharSequence s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '\n') {
        n++;
      }
    }
    int[] out = new int[n];
    n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '\n') {
        out[n++] = i;
      }
    }
    return out;
  }

  /** How many of the sorted {@code values} are below {@code limit}. */
  private static int countBelow(int[] values, int limit) {
    int lo = 0;
    int hi = values.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (values[mid] < limit) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
