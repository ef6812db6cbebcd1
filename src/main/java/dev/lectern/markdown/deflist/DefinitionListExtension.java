package dev.lectern.markdown.deflist;

import org.commonmark.Extension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Definition lists as Python-Markdown, PHP Markdown Extra and Pandoc write them: a term line,
 * then {@code :   definition}. See {@code deflist-spec.txt}.
 */
public final class DefinitionListExtension implements Parser.ParserExtension,
    HtmlRenderer.HtmlRendererExtension {
  private DefinitionListExtension() {}

  public static Extension create() {
    return new DefinitionListExtension();
  }

  @Override
  public void extend(Parser.Builder builder) {
    builder.customBlockParserFactory(new DefinitionBlockParser.Factory());
    builder.postProcessor(new DefinitionListPostProcessor());
  }

  @Override
  public void extend(HtmlRenderer.Builder builder) {
    builder.nodeRendererFactory(DefinitionListRenderer::new);
  }
}
