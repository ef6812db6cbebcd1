package dev.lectern.search;

import dev.lectern.markdown.HeadingId;
import dev.lectern.markdown.code.CodeBlock;
import dev.lectern.markdown.faq.FaqNodes.FaqQuestion;
import dev.lectern.markdown.quiz.QuizNodes.QuizOption;
import dev.lectern.markdown.quiz.QuizNodes.QuizQuestion;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * Collects the searchable text of the nodes of one page section: prose and inline code, with
 * headings below the section's own and FAQ and quiz questions apart. Code blocks are left out unless the page opts in (they would swell the index with
 * tokens readers do not search for); raw HTML always is.
 */
final class SectionText extends AbstractVisitor {
  private final StringBuilder text = new StringBuilder();
  private final StringBuilder headings = new StringBuilder();
  private final List<String> questions = new ArrayList<>();
  private final boolean code;

  SectionText() {
    this(false);
  }

  /** @param code whether code blocks count as text */
  SectionText(boolean code) {
    this.code = code;
  }

  /** The text of headings below the section's own (level 3 and deeper, or a stray level 1). */
  String headings() {
    return headings.toString();
  }

  String text() {
    return text.toString();
  }

  List<String> questions() {
    return questions;
  }

  /** Adds the text of one block. */
  void add(Node block) {
    block.accept(this);
    text.append('\n');
  }

  /** Blocks end with a line break, so a heading's last word and the next paragraph's first stay apart. */
  @Override
  protected void visitChildren(Node parent) {
    Node child = parent.getFirstChild();
    while (child != null) {
      Node next = child.getNext();
      child.accept(this);
      if (child instanceof Block) {
        text.append('\n');
      }
      child = next;
    }
  }

  /** The plain text of {@code node}'s inline content, white space runs made one space. */
  static String plain(Node node) {
    SectionText t = new SectionText();
    t.visitChildren(node);
    return PageIndexer.squeeze(t.text(), Integer.MAX_VALUE);
  }

  @Override
  public void visit(Text node) {
    text.append(node.getLiteral());
  }

  @Override
  public void visit(Code node) {
    text.append(node.getLiteral());
  }

  @Override
  public void visit(SoftLineBreak node) {
    text.append(' ');
  }

  @Override
  public void visit(HardLineBreak node) {
    text.append(' ');
  }

  @Override
  public void visit(Heading node) {
    if (node.getLevel() != 2) {
      headings.append(plain(node)).append('\n');
    }
  }

  @Override
  public void visit(FencedCodeBlock node) {
    if (code) {
      text.append(node.getLiteral());
    }
  }

  @Override
  public void visit(IndentedCodeBlock node) {
    if (code) {
      text.append(node.getLiteral());
    }
  }

  @Override
  public void visit(HtmlBlock node) {}

  @Override
  public void visit(HtmlInline node) {}

  @Override
  public void visit(CustomNode node) {
    if (!(node instanceof HeadingId)) {
      visitChildren(node);
      text.append(' ');  // table cells, strikethrough: keep neighbours' words apart
    }
  }

  @Override
  public void visit(CustomBlock node) {
    if (node instanceof CodeBlock block) {
      if (code) {
        text.append(block.code()).append('\n');
      }
      return;
    }
    if (node instanceof FaqQuestion q) {
      questions.add(q.text());
      return;
    }
    if (node instanceof QuizQuestion) {
      StringBuilder legend = new StringBuilder();
      Node child = node.getFirstChild();
      for (; child != null && !(child instanceof QuizOption); child = child.getNext()) {
        SectionText part = new SectionText();
        child.accept(part);
        legend.append(part.text());
      }
      questions.add(PageIndexer.squeeze(legend.toString(), Integer.MAX_VALUE));
      for (; child != null; child = child.getNext()) {
        child.accept(this);
      }
      return;
    }
    visitChildren(node);
    text.append('\n');  // quiz options hold inline nodes: end them like blocks
  }
}
