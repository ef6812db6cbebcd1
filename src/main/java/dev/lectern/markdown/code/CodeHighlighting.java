package dev.lectern.markdown.code;

import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.highlight.Highlighter;
import dev.lectern.markdown.Positions;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;

/**
 * Highlights the code blocks of one document just before it is rendered, and lets the HTML go
 * after. A block that could not be highlighted (too slow, nested too deeply) is written as plain
 * text with a warning at the block.
 */
public final class CodeHighlighting {
  private final Highlighter highlighter;

  public CodeHighlighting(Highlighter highlighter) {
    this.highlighter = highlighter;
  }

  /** Highlights the blocks of {@code document} that are not yet, reporting problems to {@code out}. */
  public void highlight(Node document, String file, Diagnostics out) {
    for (CodeBlock block : blocks(document)) {
      if (block.isHighlighted()) {
        continue;
      }
      Highlighter.Result result = highlighter.highlight(block.language(), block.code());
      result.problem().ifPresent(why -> out.warning(Positions.of(block, file),
          "code block left unhighlighted: " + why,
          "split the block or mark it as plain text with ```text"));
      block.setHtml(result.html());
    }
  }

  /** Forgets the highlighted HTML of {@code document}'s blocks. */
  public static void release(Node document) {
    blocks(document).forEach(block -> block.setHtml(null));
  }

  private static List<CodeBlock> blocks(Node document) {
    List<CodeBlock> blocks = new ArrayList<>();
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(CustomBlock block) {
        if (block instanceof CodeBlock code) {
          blocks.add(code);
        } else {
          visitChildren(block);
        }
      }
    });
    return blocks;
  }
}
