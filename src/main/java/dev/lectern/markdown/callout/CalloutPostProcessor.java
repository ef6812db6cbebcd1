package dev.lectern.markdown.callout;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * Replaces every block quote whose first line is exactly an alert marker ({@code [!NOTE]},
 * {@code [!TIP]}, {@code [!IMPORTANT]}, {@code [!WARNING]}, {@code [!CAUTION]}) with a
 * {@link Callout}, as GitHub does. Other block quotes stay block quotes.
 */
final class CalloutPostProcessor implements PostProcessor {
  private static final Pattern MARKER = Pattern.compile("\\[!([A-Za-z]+)\\]\\s*");

  @Override
  public Node process(Node document) {
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(BlockQuote quote) {
        visitChildren(quote);
        kindOf(quote).ifPresent(kind -> replace(quote, kind));
      }
    });
    return document;
  }

  private static Optional<CalloutKind> kindOf(BlockQuote quote) {
    if (!(quote.getFirstChild() instanceof Paragraph p) || !(p.getFirstChild() instanceof Text t)) {
      return Optional.empty();
    }
    Node after = t.getNext();
    boolean aloneOnLine = after == null || after instanceof SoftLineBreak
        || after instanceof HardLineBreak;
    Matcher m = MARKER.matcher(t.getLiteral());
    return aloneOnLine && m.matches() ? CalloutKind.parse(m.group(1)) : Optional.empty();
  }

  private static void replace(BlockQuote quote, CalloutKind kind) {
    Callout callout = new Callout(kind);
    callout.setSourceSpans(quote.getSourceSpans());
    Paragraph first = (Paragraph) quote.getFirstChild();
    Node marker = first.getFirstChild();
    if (marker.getNext() != null) {
      marker.getNext().unlink();
    }
    marker.unlink();
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
