package dev.lectern.markdown;

import dev.lectern.diagnostic.Diagnostics;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

/** Problems visible in a page's syntax tree alone: unsafe URLs, a second h1, id clashes. */
final class ContentLints {
  void check(Node document, String file, Diagnostics out) {
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(Link link) {
        checkUrl(link, link.getDestination(), file, out);
        visitChildren(link);
      }

      @Override
      public void visit(Image image) {
        checkUrl(image, image.getDestination(), file, out);
        visitChildren(image);
      }

      @Override
      public void visit(Heading heading) {
        if (heading.getLevel() == 1) {
          out.error(Positions.of(heading, file), "level-1 heading in the page body",
              "the page title from front matter is already the page's h1; use '##' here");
        }
        visitChildren(heading);
      }

      @Override
      public void visit(CustomNode node) {
        if (node instanceof HeadingIdProcessor.DuplicateId) {
          HeadingId id = (HeadingId) node.getPrevious();
          out.error(Positions.of(node.getParent(), file), "heading id '" + id.id()
              + "' is used twice on this page", "give one of the headings another {#id}");
        }
        visitChildren(node);
      }
    });
  }

  private static void checkUrl(Node node, String url, String file, Diagnostics out) {
    if (!UrlSafety.isSafe(url)) {
      out.error(Positions.of(node, file), "unsafe URL scheme '" + UrlSafety.scheme(url) + ":'",
          "links may not run script; link to an http(s) URL or a page of the site");
    }
  }
}
