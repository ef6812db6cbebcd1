package dev.lectern.markdown;

import dev.lectern.diagnostic.Diagnostics;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

/**
 * Problems visible in a page's syntax tree alone: unsafe URLs, a second level-1 heading, id
 * clashes. (Raw HTML is the HTML sanitiser's: {@code markdown.html}.)
 */
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
      public void visit(CustomNode node) {
        if (node instanceof TitleHeadings.Demoted) {
          out.warning(Positions.of(node.getParent(), file), "a second level-1 heading; it is "
              + "shown one level down, as '##'", "a page has one h1, its title (its first "
              + "'# heading', or front matter's title): use '##' here");
        }
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
