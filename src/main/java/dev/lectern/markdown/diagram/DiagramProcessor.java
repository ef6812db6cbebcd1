package dev.lectern.markdown.diagram;

import dev.lectern.api.PageContext;
import dev.lectern.api.PageProcessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;

/**
 * Turns every fence whose language is {@code mermaid} into a {@link Diagram}, and records how
 * many a page has ({@link Diagrams#COUNT}), so that only sites with diagrams publish Mermaid.
 */
final class DiagramProcessor implements PageProcessor {
  @Override
  public void process(Document document, PageContext page) {
    List<FencedCodeBlock> fences = new ArrayList<>();
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(FencedCodeBlock block) {
        String info = block.getInfo() == null ? "" : block.getInfo().strip();
        String language = info.split("[\\s{]", 2)[0].toLowerCase(Locale.ROOT);
        if (language.equals("mermaid") || language.equals("{.mermaid}")) {
          fences.add(block);
        }
      }
    });
    for (int i = 0; i < fences.size(); i++) {
      FencedCodeBlock block = fences.get(i);
      Diagram diagram = new Diagram(block.getLiteral() == null ? "" : block.getLiteral(), i == 0);
      diagram.setSourceSpans(block.getSourceSpans());
      block.insertAfter(diagram);
      block.unlink();
    }
    if (!fences.isEmpty()) {
      page.put(Diagrams.COUNT, fences.size());
    }
  }
}
