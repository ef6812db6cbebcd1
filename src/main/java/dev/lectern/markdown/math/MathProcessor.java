package dev.lectern.markdown.math;

import dev.lectern.api.PageContext;
import dev.lectern.api.PageProcessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;

/**
 * Turns {@code math} fences into displayed math, warns about a displayed block that is never
 * closed, marks the page's first math (it loads KaTeX) and records how much math the page has
 * ({@link Maths#COUNT}), so that only sites with math publish KaTeX.
 */
final class MathProcessor implements PageProcessor {
  @Override
  public void process(Document document, PageContext page) {
    List<Node> math = new ArrayList<>();
    collect(document, math);
    if (math.isEmpty()) {
      return;
    }
    for (int i = 0; i < math.size(); i++) {
      Node n = math.get(i);
      if (n instanceof FencedCodeBlock fence) {
        MathBlock block = new MathBlock(fence.getLiteral() == null ? ""
            : fence.getLiteral().strip());
        block.setSourceSpans(fence.getSourceSpans());
        fence.insertAfter(block);
        fence.unlink();
        math.set(i, block);
      } else if (n instanceof MathBlock block && !block.isClosed()) {
        String line = page.line(lineOf(block));
        int column = block.getSourceSpans().isEmpty() ? 0
            : Math.min(line.length(), block.getSourceSpans().get(0).getColumnIndex());
        String open = line.substring(column).strip().startsWith("\\[") ? "\\[" : "$$";
        page.warning(block, "displayed math '" + open + "' is never closed; it runs to the end "
            + "of its block", "end it with a line ending in " + (open.equals("$$") ? "$$" : "\\]"));
      }
    }
    Node first = math.get(0);
    if (first instanceof MathBlock b) {
      b.setFirst();
    } else {
      ((InlineMath) first).setFirst();
    }
    page.put(Maths.COUNT, math.size());
  }

  private static void collect(Node node, List<Node> out) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof MathNode || child instanceof FencedCodeBlock f && isMath(f)) {
        out.add(child);
      } else {
        collect(child, out);
      }
    }
  }

  private static boolean isMath(FencedCodeBlock fence) {
    String info = fence.getInfo() == null ? "" : fence.getInfo().strip();
    return info.split("[\\s{]", 2)[0].toLowerCase(Locale.ROOT).equals("math");
  }

  private static int lineOf(Node node) {
    return node.getSourceSpans().isEmpty() ? 1 : node.getSourceSpans().get(0).getLineIndex() + 1;
  }
}
