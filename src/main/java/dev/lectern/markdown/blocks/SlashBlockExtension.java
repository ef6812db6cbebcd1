package dev.lectern.markdown.blocks;

import org.commonmark.Extension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Parses pymdownx.blocks' {@code /// name | argument} … {@code ///} blocks into
 * {@link SlashBlock}s, and renders those no extension converted as a plain {@code div}.
 */
public final class SlashBlockExtension implements Parser.ParserExtension,
    HtmlRenderer.HtmlRendererExtension {
  private SlashBlockExtension() {}

  public static Extension create() {
    return new SlashBlockExtension();
  }

  @Override
  public void extend(Parser.Builder builder) {
    builder.customBlockParserFactory(new SlashBlockParser.Factory());
  }

  @Override
  public void extend(HtmlRenderer.Builder builder) {
    builder.nodeRendererFactory(SlashBlockHtmlRenderer::new);
  }
}
