package dev.lectern.markdown.deflist;

import dev.lectern.markdown.deflist.DefinitionNodes.DefinitionDescription;
import dev.lectern.markdown.deflist.DefinitionNodes.DefinitionList;
import dev.lectern.markdown.deflist.DefinitionNodes.DefinitionTerm;
import java.util.List;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.parser.PostProcessor;

/**
 * Makes definition lists: a paragraph followed by definitions becomes terms (one per line) and
 * their descriptions, raw HTML followed by definitions one term holding it, and adjacent term
 * groups join one {@code <dl>}.
 */
final class DefinitionListPostProcessor implements PostProcessor {
  @Override
  public Node process(Node document) {
    build(document);
    return document;
  }

  private static void build(Node parent) {
    Node child = parent.getFirstChild();
    while (child != null) {
      Node next = child.getNext();
      if ((child instanceof Paragraph || child instanceof HtmlBlock)
          && next instanceof DefinitionDescription) {
        DefinitionList list = child.getPrevious() instanceof DefinitionList l ? l
            : newList(child);
        if (child instanceof Paragraph p) {
          addTerms(p, list);
        } else {
          DefinitionTerm term = new DefinitionTerm();
          term.setSourceSpans(child.getSourceSpans());
          list.appendChild(term);
          term.appendChild(child);
        }
        Node n = next;
        while (n instanceof DefinitionDescription) {
          Node after = n.getNext();
          list.appendChild(n);
          build(n);
          n = after;
        }
        next = n;
      } else {
        build(child);
      }
      child = next;
    }
  }

  private static DefinitionList newList(Node first) {
    DefinitionList list = new DefinitionList();
    if (!first.getSourceSpans().isEmpty()) {
      list.setSourceSpans(List.of(first.getSourceSpans().get(0)));
    }
    first.insertBefore(list);
    return list;
  }

  private static void addTerms(Paragraph paragraph, DefinitionList list) {
    DefinitionTerm term = new DefinitionTerm();
    term.setSourceSpans(paragraph.getSourceSpans());
    Node n = paragraph.getFirstChild();
    while (n != null) {
      Node next = n.getNext();
      if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
        list.appendChild(term);
        term = new DefinitionTerm();
        n.unlink();
      } else {
        term.appendChild(n);
      }
      n = next;
    }
    list.appendChild(term);
    paragraph.unlink();
  }
}
