package dev.lectern.markdown.html;

import dev.lectern.api.PageContext;
import dev.lectern.api.PageProcessor;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Document;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;

/**
 * Replaces every run of raw HTML of a page with the nodes {@link IslandBuilder} keeps of it, and
 * reports what was removed in one warning per page, at the first removal. HTML comments go
 * silently. Children are done before their parent, so an island's Markdown placeholders stand
 * for nodes that are already clean.
 */
final class RawHtmlProcessor implements PageProcessor {
  static final String HINT = "Lectern keeps safe HTML only (see 'Raw HTML' in the README); set "
      + "'markdown: {unsafe_html: true}' in site.yml to keep everything";

  @Override
  public void process(Document document, PageContext page) {
    Removed removed = new Removed();
    walk(document, removed);
    if (!removed.isEmpty()) {
      page.warning(removed.line(), removed.column(), "raw HTML: removed " + removed.list(8),
          HINT);
    }
  }

  private static void walk(Node parent, Removed removed) {
    Node first = null;
    Node last = null;
    for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
      walk(child, removed);
      if (child instanceof HtmlBlock || child instanceof HtmlInline) {
        first = first == null ? child : first;
        last = child;
      }
    }
    if (first != null) {
      replace(first, first instanceof HtmlInline ? endOfInlines(last) : last, removed);
    }
  }

  /**
   * An inline tag left open holds the rest of its paragraph, as in a browser: the island runs to
   * the parent's last node, short of trailing nodes that only carry data (a heading's id).
   */
  private static Node endOfInlines(Node last) {
    Node end = last.getParent().getLastChild();
    while (end != last && end instanceof CustomNode && !(end instanceof RawElement)) {
      end = end.getPrevious();
    }
    return end;
  }

  private static void replace(Node first, Node last, Removed removed) {
    boolean inline = first instanceof HtmlInline;
    HtmlIsland island = HtmlIsland.of(first, last);
    Node marker = new Marker();
    first.insertBefore(marker);
    Node n = first;
    while (n != null) {
      Node next = n.getNext();
      n.unlink();
      if (n == last) {
        break;
      }
      n = next;
    }
    List<Node> built = IslandBuilder.build(island, removed, inline,
        marker.getParent() instanceof TableCell);
    for (Node b : built) {
      marker.insertBefore(b);
    }
    marker.unlink();
  }

  /** Holds the island's place while it is rebuilt. */
  private static final class Marker extends CustomNode {}
}
