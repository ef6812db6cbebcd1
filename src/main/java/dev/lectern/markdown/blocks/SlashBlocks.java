package dev.lectern.markdown.blocks;

import dev.lectern.api.LecternExtension;
import dev.lectern.api.PageContext;
import dev.lectern.api.Registry;
import org.commonmark.node.Node;

/**
 * pymdownx.blocks' generic {@code ///} blocks, as an extension: it parses them; the admonition
 * and tabs extensions convert the names they know ({@code note}, {@code details}, {@code tab},
 * …), and this extension's page processor, which must run after theirs, reports every block left
 * over (its content is kept in a {@code div}).
 */
public final class SlashBlocks implements LecternExtension {
  /** The names Lectern's extensions convert, for the hint of the warning. */
  private static final String KNOWN = "admonition, details, tab, caption and the admonition types "
      + "(note, tip, warning, …)";

  @Override
  public String name() {
    return "blocks";
  }

  @Override
  public void register(Registry registry) {
    // The Python-Markdown names of this syntax, as MkDocs' markdown_extensions lists them.
    registry.markdownExtension("pymdownx.blocks.html");
    registry.markdown(SlashBlockExtension.create());
    registry.pageProcessor((document, page) -> reportLeftovers(document, page));
  }

  private static void reportLeftovers(Node node, PageContext page) {
    for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof SlashBlock b) {
        page.warning(b, "unknown block '" + b.header() + "'; its content is shown in a plain "
            + "<div class=\"block-" + b.name() + "\">", "Lectern's /// blocks are " + KNOWN);
        b.reportIfUnclosed(page);
      }
      reportLeftovers(n, page);
    }
  }
}
