package dev.lectern.markdown.callout;

import dev.lectern.api.PageContext;
import dev.lectern.api.PageProcessor;
import dev.lectern.diagnostic.Suggestions;
import org.commonmark.node.Document;
import org.commonmark.node.Node;

/**
 * Reports callouts of a type Lectern does not know ({@code !!! pied-piper}): they are shown as
 * notes. Runs after every dialect's admonitions became {@link Callout}s.
 */
final class CalloutChecks implements PageProcessor {
  @Override
  public void process(Document document, PageContext page) {
    check(document, page);
  }

  private static void check(Node node, PageContext page) {
    for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Callout c && c.unknownType()) {
        page.warning(c, "unknown admonition type '" + c.writtenType() + "'; it is shown as a note",
            Suggestions.closest(c.writtenType(), CalloutType.names())
                .map(s -> "did you mean '" + s + "'?")
                .orElse("the types are note, abstract, info, tip, important, success, question, "
                    + "warning, caution, failure, danger, bug, example and quote"));
      }
      check(n, page);
    }
  }
}
