package dev.lectern.example.hello;

import dev.lectern.api.ContainerBlock;
import dev.lectern.api.PageContext;
import dev.lectern.api.PageProcessor;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Document;
import org.commonmark.node.Node;

/**
 * Turns each {@code :::hello NAME} container into a {@link HelloBlock}, while the page is parsed
 * (the only time an extension may change a page's tree). A block without a name, one never
 * closed, or one with text inside is reported at its line.
 */
final class HelloProcessor implements PageProcessor {
  @Override
  public void process(Document document, PageContext page) {
    List<ContainerBlock> blocks = new ArrayList<>();
    collect(document, blocks);
    for (ContainerBlock block : blocks) {
      if (!block.isClosed()) {
        page.error(block, "':::hello' block is never closed",
            "end it with a line holding only ':::'");
      } else if (block.argument().isEmpty()) {
        page.error(block, "':::hello' needs a name", "write e.g. ':::hello Ada'");
      } else {
        if (block.getFirstChild() != null) {
          page.warning(block.getFirstChild(), "text inside ':::hello' is not shown",
              "the block greets its name only; move the text after ':::'");
        }
        HelloBlock hello = new HelloBlock(block.argument());
        hello.setSourceSpans(block.getSourceSpans());
        block.insertAfter(hello);
        block.unlink();
        page.put(HelloExtension.GREETS, true);
      }
    }
  }

  private static void collect(Node node, List<ContainerBlock> out) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof ContainerBlock c && c.kind().equals("hello")) {
        out.add(c);
      } else {
        collect(child, out);
      }
    }
  }
}
