package dev.lectern.markdown;

import dev.lectern.markdown.attributes.AttributeList;
import dev.lectern.markdown.attributes.Attributes;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * Gives every heading an id: an explicit one from an attribute list at the end of the heading
 * ({@code {#custom-id}}, {@code { #id .class data-toc-label="Short" }}, {@code {: #id }}) wins,
 * otherwise the GitHub slug of its text. The list is removed from the text; its
 * {@code data-toc-label} names the heading in the table of contents, and its other attributes
 * stay on the heading as an {@link Attributes} node.
 */
final class HeadingIdProcessor implements PostProcessor {

  @Override
  public Node process(Node document) {
    HeadingSlugger slugger = new HeadingSlugger();
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(Heading heading) {
        Attributes attributes = takeAttributes(heading);
        AttributeList list = attributes == null ? AttributeList.EMPTY : attributes.list();
        String explicit = list.id().isEmpty() ? null : list.id();
        String text = PlainText.of(heading);
        boolean fresh = explicit == null || slugger.reserve(explicit);
        String id = explicit != null ? explicit : slugger.slug(text);
        heading.appendChild(new HeadingId(id, text, explicit != null, heading.getLevel(),
            list.get("data-toc-label").map(String::strip).orElse(text)));
        if (!fresh) {
          heading.appendChild(new DuplicateId());
        }
        AttributeList rest = list.withoutId().without("data-toc-label");
        if (attributes != null && (!rest.isEmpty() || !rest.dropped().isEmpty())) {
          Attributes kept = new Attributes(rest, false);
          kept.setSourceSpans(attributes.getSourceSpans());
          heading.appendChild(kept);
        }
      }
    });
    return document;
  }

  /** Removes the attribute list that ends the heading, if any, and returns it. */
  private static Attributes takeAttributes(Heading heading) {
    if (!(heading.getLastChild() instanceof Text last)) {
      return null;
    }
    Optional<AttributeList.Trailing> found = AttributeList.trailing(last.getLiteral());
    if (found.isEmpty()) {
      return null;
    }
    int start = found.get().start();
    Attributes attributes = new Attributes(found.get().list(), false);
    if (!last.getSourceSpans().isEmpty()) {
      SourceSpan s = last.getSourceSpans().get(0);
      int skip = start;
      while (skip < last.getLiteral().length() && last.getLiteral().charAt(skip) != '{') {
        skip++;
      }
      attributes.setSourceSpans(List.of(SourceSpan.of(s.getLineIndex(),
          s.getColumnIndex() + skip, s.getInputIndex() + skip, 0)));
    }
    String rest = last.getLiteral().substring(0, start);
    if (rest.isEmpty()) {
      last.unlink();
    } else {
      last.setLiteral(rest);
    }
    return attributes;
  }

  /** Marks a heading whose explicit id was already used; the lint stage reports it. */
  static final class DuplicateId extends org.commonmark.node.CustomNode {}
}
