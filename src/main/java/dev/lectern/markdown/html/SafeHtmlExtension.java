package dev.lectern.markdown.html;

import org.commonmark.Extension;
import org.commonmark.renderer.html.HtmlRenderer;

/** The HTML side of safe raw HTML: the renderer of kept elements, images and links. */
final class SafeHtmlExtension implements HtmlRenderer.HtmlRendererExtension {
  private SafeHtmlExtension() {}

  static Extension create() {
    return new SafeHtmlExtension();
  }

  @Override
  public void extend(HtmlRenderer.Builder builder) {
    builder.nodeRendererFactory(HtmlElementRenderer::new);
  }
}
