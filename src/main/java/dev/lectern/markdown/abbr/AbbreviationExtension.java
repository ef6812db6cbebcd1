package dev.lectern.markdown.abbr;

import dev.lectern.markdown.container.TitledBlock;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Abbreviations as Python-Markdown and PHP Markdown Extra write them: parses definitions and
 * renders uses as {@code <abbr title="…">}. See {@code abbr-spec.txt}.
 */
public final class AbbreviationExtension implements Parser.ParserExtension,
    HtmlRenderer.HtmlRendererExtension {
  private AbbreviationExtension() {}

  public static Extension create() {
    return new AbbreviationExtension();
  }

  @Override
  public void extend(Parser.Builder builder) {
    builder.customBlockParserFactory(new AbbreviationBlockParser.Factory());
  }

  @Override
  public void extend(HtmlRenderer.Builder builder) {
    builder.nodeRendererFactory(context -> new NodeRenderer() {
      @Override
      public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Abbreviation.class, AbbreviationDefinition.class);
      }

      @Override
      public void render(Node node) {
        if (node instanceof Abbreviation a) {
          context.getWriter().tag("abbr", TitledBlock.attrs("title", a.title()));
          for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            context.render(c);
          }
          context.getWriter().tag("/abbr");
        }
      }
    });
  }
}
