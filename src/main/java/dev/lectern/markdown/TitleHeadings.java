package dev.lectern.markdown;

import dev.lectern.diagnostic.SourcePosition;
import java.util.Optional;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.PostProcessor;

/**
 * A page has one level-1 heading. When the first heading of a page is a top-level {@code #}
 * heading, it is the page's title heading: taken out of the body once the page is parsed, and
 * shown as the page's h1. Every other {@code #} heading is moved one level down and marked, so
 * that the page's lints warn about it at its line. Runs before heading ids are given, so a
 * demoted heading's id, table-of-contents entry and HTML agree on its new level. The title heading
 * is marked, because a page processor may move it later: raw HTML written around it
 * ({@code <div class="guide">}, blank line, {@code # Title}) becomes an element holding it.
 */
final class TitleHeadings implements PostProcessor {

  @Override
  public Node process(Node document) {
    Heading first = firstHeading(document);
    Heading title = first != null && first.getLevel() == 1 && first.getParent() == document
        ? first : null;
    if (title != null) {
      title.prependChild(new Title());
    }
    demote(document, title);
    return document;
  }

  private static Heading firstHeading(Node node) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Heading h) {
        return h;
      }
      Heading inner = firstHeading(child);
      if (inner != null) {
        return inner;
      }
    }
    return null;
  }

  private static void demote(Node node, Heading title) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Heading h && h.getLevel() == 1 && h != title) {
        h.setLevel(2);
        h.prependChild(new Demoted());
      }
      demote(child, title);
    }
  }

  /**
   * Takes the title heading out of {@code document}, if it has one: its first heading, when that
   * was marked as the title while parsing (at the top level and of level 1; page processors may
   * have put it inside an HTML element since).
   */
  /** The title heading taken out of a document, and its node. */
  record Taken(TitleHeading heading, Heading node) {}

  static Optional<Taken> take(Document document, String file) {
    Heading first = firstHeading(document);
    if (first == null || first.getLevel() != 1 || !(first.getFirstChild() instanceof Title)) {
      return Optional.empty();
    }
    HeadingId id = null;
    for (Node n = first.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof HeadingId h) {
        id = h;
      }
    }
    SourcePosition at = Positions.of(first, file);
    first.unlink();
    return id == null || id.text().isBlank() ? Optional.empty()
        : Optional.of(new Taken(new TitleHeading(id.text(), id.id(), at), first));
  }

  /** Marks the page's title heading while it is parsed. */
  static final class Title extends org.commonmark.node.CustomNode {}

  /** Marks a level-1 heading that was moved one level down; the page's lints warn about it. */
  static final class Demoted extends org.commonmark.node.CustomNode {}
}
