package dev.lectern.markdown.mdx;

import dev.lectern.api.PageContext;
import dev.lectern.api.PageProcessor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.commonmark.node.Document;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/**
 * Removes what MDX pages hold for their JavaScript build, which Lectern does not run, and says
 * so: top-level {@code import}/{@code export} paragraphs (one warning per page), and JSX
 * component tags, wherever they stand (one warning per component per page), keeping the
 * Markdown between them. Template tags ({@code {{< x >}}}, {@code {% x %}}) outside code stay as
 * text, with one warning per kind per page. Code is never looked at.
 */
final class MdxProcessor implements PageProcessor {

  @Override
  public void process(Document document, PageContext page) {
    esm(document, page);
    Set<String> warned = new HashSet<>();
    List<Node> nodes = new ArrayList<>();
    collect(document, nodes);
    for (Node node : nodes) {
      if (node instanceof Paragraph p) {
        wholeParagraph(p, page, warned);
      } else if (node instanceof HtmlBlock block) {
        block.setLiteral(components(block.getLiteral(), block, page, warned));
        removeIfEmpty(block, block.getLiteral());
      } else if (node instanceof HtmlInline inline) {
        inline.setLiteral(components(inline.getLiteral(), inline, page, warned));
        removeIfEmpty(inline, inline.getLiteral());
      } else if (node instanceof Text text && text.getParent() != null) {
        text(text, page, warned);
      }
    }
  }

  /** Every paragraph, raw HTML and text node, in document order. */
  private static void collect(Node node, List<Node> out) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Paragraph || child instanceof HtmlBlock
          || child instanceof HtmlInline || child instanceof Text) {
        out.add(child);
      }
      collect(child, out);
    }
  }

  private static void esm(Document document, PageContext page) {
    int lines = 0;
    Node first = null;
    for (Node n = document.getFirstChild(); n != null; ) {
      Node next = n.getNext();
      if (n instanceof Paragraph p && EsmLines.isEsm(source(p, page))) {
        first = first == null ? p : first;
        lines += p.getSourceSpans().size();
        p.unlink();
      }
      n = next;
    }
    if (first != null) {
      page.warning(first, (lines == 1 ? "an MDX import/export line" : lines
          + " MDX import/export lines") + " left out: Lectern does not run the page's JavaScript", "components they bring in "
          + "are left out too (with their own warnings); remove the lines once the page "
          + "needs no MDX");
    }
  }

  /** A paragraph written only of component tags, over several lines perhaps, goes whole. */
  private static void wholeParagraph(Paragraph p, PageContext page, Set<String> warned) {
    String source = source(p, page);
    List<JsxTags.Found> found = JsxTags.in(source);
    if (!found.isEmpty() && JsxTags.without(source, found).isBlank()) {
      found.forEach(f -> warn(f.name(), p, source, f.start(), page, warned));
      p.unlink();
    }
  }

  private static String components(String literal, Node node, PageContext page,
      Set<String> warned) {
    List<JsxTags.Found> found = JsxTags.in(literal);
    if (found.isEmpty()) {
      return literal;
    }
    found.forEach(f -> warn(f.name(), node, literal, f.start(), page, warned));
    return JsxTags.without(literal, found);
  }

  private static void text(Text text, PageContext page, Set<String> warned) {
    String literal = components(text.getLiteral(), text, page, warned);
    text.setLiteral(literal);
    TemplateTags.Found tag = TemplateTags.first(literal);
    if (tag != null && warned.add(tag.kind())) {
      int[] at = position(text);
      page.warning(at[0], at[1] + tag.offset(), tag.kind() + " '" + tag.tag() + "' is shown "
          + "as text: Lectern has no templates in pages", "write what it stood for in Markdown, "
          + "or put it in `code` to show it on purpose");
    }
    if (literal.isEmpty()) {
      Node parent = text.getParent();
      text.unlink();
      if (parent instanceof Paragraph && isBlank(parent)) {
        parent.unlink();
      }
    }
  }

  /** Warns about component {@code name} at {@code offset} of {@code text}, written at {@code at}. */
  private static void warn(String name, Node at, String text, int offset, PageContext page,
      Set<String> warned) {
    if (warned.add("<" + name + ">")) {
      int[] pos = position(at);
      int lines = 0;
      int lineStart = -1;
      for (int i = 0; i < offset; i++) {
        if (text.charAt(i) == '\n') {
          lines++;
          lineStart = i;
        }
      }
      page.warning(pos[0] + lines, lines == 0 ? pos[1] + offset : offset - lineStart,
          "MDX component <" + name
          + "> left out, with its properties; the Markdown between its tags is kept",
          "Lectern does not run JavaScript components; write what it showed in Markdown");
    }
  }

  private static void removeIfEmpty(Node node, String literal) {
    if (literal.isBlank()) {
      node.unlink();
    }
  }

  private static boolean isBlank(Node paragraph) {
    for (Node n = paragraph.getFirstChild(); n != null; n = n.getNext()) {
      if (!(n instanceof SoftLineBreak) && !(n instanceof Text t && t.getLiteral().isBlank())) {
        return false;
      }
    }
    return true;
  }

  /** The lines of {@code node} in the page's file, joined. */
  private static String source(Node node, PageContext page) {
    StringBuilder s = new StringBuilder();
    for (SourceSpan span : node.getSourceSpans()) {
      String line = page.line(span.getLineIndex() + 1);
      int from = Math.min(span.getColumnIndex(), line.length());
      s.append(line, from, Math.min(line.length(), from + span.getLength())).append('\n');
    }
    return s.toString();
  }

  private static int[] position(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (!n.getSourceSpans().isEmpty()) {
        SourceSpan span = n.getSourceSpans().get(0);
        return new int[] {span.getLineIndex() + 1, span.getColumnIndex() + 1};
      }
    }
    return new int[] {1, 1};
  }
}
