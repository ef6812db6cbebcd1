package dev.lectern.markdown.attributes;

import dev.lectern.api.PageContext;
import dev.lectern.api.PageProcessor;
import org.commonmark.node.Document;
import org.commonmark.node.Node;

/**
 * Reports what attribute lists could not set: attributes dropped as unsafe or unknown, and lists
 * that follow nothing they can apply to.
 */
final class AttributesChecks implements PageProcessor {
  static final String KEPT = "Lectern keeps #id, .class, data-*, aria-*, title, lang, dir, "
      + "width, height, loading, target, rel, align and a style without url() or script";

  @Override
  public void process(Document document, PageContext page) {
    check(document, page);
  }

  private static void check(Node node, PageContext page) {
    for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Attributes a) {
        if (!a.list().dropped().isEmpty()) {
          page.warning(a, "attribute list: left out " + String.join(", ", a.list().dropped()),
              KEPT);
        }
        if (a.ofPreviousBlock() && (n.getPrevious() == null
            || !AttributesProvider.appliesAfter(n.getPrevious()))) {
          page.warning(a, "this attribute list follows no paragraph, heading, list, quote or "
              + "table; it is ignored", "put it at the end of the line or block it belongs to");
        }
      }
      check(n, page);
    }
  }
}
