package dev.lectern.markdown.attributes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * Finds attribute lists on images and links ({@code ![a](b.png){ width="300" }},
 * {@code [Go](x){ .md-button }}), on the last line of a paragraph, and on a line of their own
 * after a block, and attaches each as an {@link Attributes} node to what it applies to. Headings'
 * lists are read with their ids ({@code HeadingIdProcessor}).
 */
final class AttributesPostProcessor implements PostProcessor {
  @Override
  public Node process(Node document) {
    List<Node> inline = new ArrayList<>();
    List<Paragraph> paragraphs = new ArrayList<>();
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(Link link) {
        inline.add(link);
        visitChildren(link);
      }

      @Override
      public void visit(Image image) {
        inline.add(image);
        visitChildren(image);
      }

      @Override
      public void visit(Paragraph paragraph) {
        paragraphs.add(paragraph);
        visitChildren(paragraph);
      }
    });
    inline.forEach(AttributesPostProcessor::takeFollowing);
    paragraphs.forEach(AttributesPostProcessor::takeLastLine);
    return document;
  }

  private static void takeFollowing(Node target) {
    if (!(target.getNext() instanceof Text text)) {
      return;
    }
    Optional<AttributeList.Trailing> found = AttributeList.leading(text.getLiteral());
    if (found.isEmpty()) {
      return;
    }
    Attributes attributes = new Attributes(found.get().list(), false);
    attributes.setSourceSpans(at(text, 0));
    String rest = text.getLiteral().substring(found.get().start());
    if (rest.isEmpty()) {
      text.unlink();
    } else {
      text.setLiteral(rest);
    }
    target.appendChild(attributes);
  }

  private static void takeLastLine(Paragraph paragraph) {
    if (!(paragraph.getLastChild() instanceof Text text)) {
      return;
    }
    Node before = text.getPrevious();
    if (before != null && !(before instanceof SoftLineBreak || before instanceof HardLineBreak)) {
      return;
    }
    Optional<AttributeList> list = AttributeList.parseBraced(text.getLiteral().strip());
    if (list.isEmpty()) {
      return;
    }
    if (before != null) {
      Attributes attributes = new Attributes(list.get(), false);
      attributes.setSourceSpans(at(text, 0));
      before.unlink();
      text.unlink();
      paragraph.appendChild(attributes);
    } else {
      Attributes attributes = new Attributes(list.get(), true);
      attributes.setSourceSpans(paragraph.getSourceSpans());
      paragraph.insertAfter(attributes);
      paragraph.unlink();
    }
  }

  /** The span of {@code text}, moved {@code offset} characters in. */
  static List<SourceSpan> at(Node text, int offset) {
    if (text.getSourceSpans().isEmpty()) {
      return List.of();
    }
    SourceSpan s = text.getSourceSpans().get(0);
    return List.of(SourceSpan.of(s.getLineIndex(), s.getColumnIndex() + offset,
        s.getInputIndex() + offset, Math.max(0, s.getLength() - offset)));
  }
}
