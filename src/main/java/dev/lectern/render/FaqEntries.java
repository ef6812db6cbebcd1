package dev.lectern.render;

import dev.lectern.markdown.faq.FaqNodes.FaqAnswer;
import dev.lectern.markdown.faq.FaqNodes.FaqItem;
import dev.lectern.markdown.faq.FaqNodes.FaqQuestion;
import dev.lectern.seo.AnswerText;
import dev.lectern.seo.FaqEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.commonmark.node.Node;

/**
 * The questions of a page's FAQ blocks in document order, each answer rendered from the same
 * nodes as the page (with the page's resolved links) and reduced for search engines, so the structured data
 * says exactly what the reader sees.
 */
final class FaqEntries {
  private FaqEntries() {}

  /** The entries of the questions {@code included} accepts (the page's own, site-wide). */
  static List<FaqEntry> of(Node document, Function<Node, String> markdown, String pageUrl,
      Predicate<String> included) {
    List<FaqEntry> entries = new ArrayList<>();
    collect(document, markdown, pageUrl, included, entries);
    return List.copyOf(entries);
  }

  private static void collect(Node node, Function<Node, String> markdown, String pageUrl,
      Predicate<String> included, List<FaqEntry> out) {
    for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof FaqItem item && item.getFirstChild() instanceof FaqQuestion q
          && q.getNext() instanceof FaqAnswer a) {
        if (included.test(q.text())) {
          out.add(new FaqEntry(q.text(), AnswerText.of(markdown.apply(a), pageUrl)));
        }
      } else {
        collect(n, markdown, pageUrl, included, out);
      }
    }
  }
}
