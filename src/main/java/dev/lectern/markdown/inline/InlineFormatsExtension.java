package dev.lectern.markdown.inline;

import org.commonmark.Extension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * pymdownx's inline formats: {@code ==mark==}, {@code ^^insert^^}, {@code ^sup^},
 * {@code ~sub~} (the engine's strikethrough then needs {@code ~~}) and {@code ++keys++}. See
 * {@code inline-spec.txt}.
 */
public final class InlineFormatsExtension implements Parser.ParserExtension,
    HtmlRenderer.HtmlRendererExtension {
  private InlineFormatsExtension() {}

  public static Extension create() {
    return new InlineFormatsExtension();
  }

  @Override
  public void extend(Parser.Builder builder) {
    builder.customDelimiterProcessor(new FormatDelimiters('=', 2, InlineFormat.Kind.MARK, false));
    builder.customDelimiterProcessor(new FormatDelimiters('^', 2, InlineFormat.Kind.INSERT, false));
    builder.customDelimiterProcessor(
        new FormatDelimiters('^', 1, InlineFormat.Kind.SUPERSCRIPT, true));
    builder.customDelimiterProcessor(
        new FormatDelimiters('~', 1, InlineFormat.Kind.SUBSCRIPT, true));
    builder.customInlineContentParserFactory(new KeysParser.Factory());
  }

  @Override
  public void extend(HtmlRenderer.Builder builder) {
    builder.nodeRendererFactory(InlineFormatsRenderer::new);
  }
}
