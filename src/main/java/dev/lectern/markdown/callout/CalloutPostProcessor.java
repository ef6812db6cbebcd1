package dev.lectern.markdown.callout;

import dev.lectern.markdown.PlainText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * Replaces every block quote whose first line starts with an alert marker with a
 * {@link Callout}: GitHub's {@code [!NOTE]}, {@code [!TIP]}, {@code [!IMPORTANT]},
 * {@code [!WARNING]}, {@code [!CAUTION]}, and as in Obsidian any other admonition type
 * ({@code [!danger]}), a title after the marker ({@code [!tip] Read this}) and a fold sign
 * ({@code [!faq]-} folded, {@code [!faq]+} open). Other block quotes stay block quotes.
 */
final class CalloutPostProcessor implements PostProcessor {
  private static final Pattern MARKER =
      Pattern.compile("\\[!([A-Za-z][A-Za-z0-9_-]*)\\]([+-]?)(?:[ \\t]+(.*))?", Pattern.DOTALL);

  @Override
  public Node process(Node document) {
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(BlockQuote quote) {
        visitChildren(quote);
        if (quote.getFirstChild() instanceof Paragraph p && p.getFirstChild() instanceof Text t) {
          Matcher m = MARKER.matcher(t.getLiteral());
          if (m.matches()) {
            replace(quote, p, m);
          }
        }
      }
    });
    return document;
  }

  private static void replace(BlockQuote quote, Paragraph first, Matcher marker) {
    List<Node> titleNodes = new ArrayList<>();
    Node n = first.getFirstChild().getNext();
    while (n != null && !(n instanceof SoftLineBreak) && !(n instanceof HardLineBreak)) {
      titleNodes.add(n);
      n = n.getNext();
    }
    Paragraph title = new Paragraph();
    if (marker.group(3) != null) {
      title.appendChild(new Text(marker.group(3)));
    }
    titleNodes.forEach(title::appendChild);
    String fold = marker.group(2);
    Callout callout = Callout.of(marker.group(1), PlainText.of(title),
        fold.isEmpty() ? Callout.Fold.NONE
            : fold.equals("-") ? Callout.Fold.CLOSED : Callout.Fold.OPEN);
    if (callout.title().isEmpty() && callout.fold() == Callout.Fold.NONE) {
      callout = Callout.of(marker.group(1), CalloutType.defaultTitle(marker.group(1)),
          Callout.Fold.NONE);
    }
    callout.setSourceSpans(quote.getSourceSpans());
    first.getFirstChild().unlink();
    if (first.getFirstChild() != null) {
      first.getFirstChild().unlink();  // the line break after the marker's line
    }
    if (first.getFirstChild() == null) {
      first.unlink();
    }
    Node child = quote.getFirstChild();
    while (child != null) {
      Node next = child.getNext();
      callout.appendChild(child);
      child = next;
    }
    quote.insertAfter(callout);
    quote.unlink();
  }
}
