package dev.lectern.markdown.callout;

import org.commonmark.Extension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * GitHub alerts ({@code > [!NOTE]} and friends) as callouts, so contributors see the same thing
 * in GitHub's preview and on the site, and the renderer of every dialect's callouts. See
 * {@code callout-spec.txt} for the syntax.
 */
public final class CalloutExtension implements Parser.ParserExtension,
    HtmlRenderer.HtmlRendererExtension {

  private CalloutExtension() {}

  public static Extension create() {
    return new CalloutExtension();
  }

  @Override
  public void extend(Parser.Builder builder) {
    builder.postProcessor(new CalloutPostProcessor());
  }

  @Override
  public void extend(HtmlRenderer.Builder builder) {
    builder.nodeRendererFactory(CalloutHtmlRenderer::new);
  }
}
