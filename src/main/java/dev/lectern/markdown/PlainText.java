package dev.lectern.markdown;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The one plain-text reading of Markdown nodes, used for heading ids, descriptions, FAQ and quiz
 * questions, search and word counts: text and inline code as written, line breaks as spaces,
 * blocks separated by a space, raw HTML left out, code blocks included only when asked.
 */
public final class PlainText extends AbstractVisitor {
  private final StringBuilder out;
  private final boolean codeBlocks;

  private PlainText(StringBuilder out, boolean codeBlocks) {
    this.out = out;
    this.codeBlocks = codeBlocks;
  }

  /** The text of {@code node}'s children (inline content of a heading or paragraph), trimmed. */
  public static String of(Node node) {
    StringBuilder s = new StringBuilder();
    appendChildren(node, s, false);
    return s.toString().strip();
  }

  /** As {@link #of}, with runs of white space squeezed to one space. */
  public static String squeezed(Node node) {
    return of(node).replaceAll("\\s+", " ");
  }

  /** Appends the text of {@code node}'s children, code blocks included if asked. */
  public static void appendChildren(Node node, StringBuilder to, boolean codeBlocks) {
    new PlainText(to, codeBlocks).visitChildren(node);
  }

  @Override
  protected void visitChildren(Node parent) {
    for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
      child.accept(this);
      if (child instanceof Block) {
        out.append(' ');
      }
    }
  }

  @Override
  public void visit(Text text) {
    out.append(text.getLiteral());
  }

  @Override
  public void visit(Code code) {
    out.append(code.getLiteral());
  }

  @Override
  public void visit(SoftLineBreak b) {
    out.append(' ');
  }

  @Override
  public void visit(HardLineBreak b) {
    out.append(' ');
  }

  @Override
  public void visit(HtmlInline html) {}

  @Override
  public void visit(HtmlBlock html) {}

  @Override
  public void visit(FencedCodeBlock block) {
    if (codeBlocks && block.getLiteral() != null) {
      out.append(' ').append(block.getLiteral());
    }
  }

  @Override
  public void visit(org.commonmark.node.CustomBlock block) {
    if (block instanceof LiteralText literal) {
      if (codeBlocks) {
        out.append(' ').append(literal.literal());
      }
    } else {
      visitChildren(block);
    }
  }

  @Override
  public void visit(IndentedCodeBlock block) {
    if (codeBlocks) {
      out.append(' ').append(block.getLiteral());
    }
  }
}
