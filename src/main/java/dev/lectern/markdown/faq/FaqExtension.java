package dev.lectern.markdown.faq;

import org.commonmark.Extension;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * FAQ blocks: {@code :::faq [title]}, questions as headings, answers below them, {@code :::}.
 * {@link dev.lectern.markdown.container.ContainerExtension} parses the container;
 * {@link FaqProcessor} checks it and makes FAQ nodes; this extension renders them. See
 * {@code faq-spec.txt} for the syntax.
 */
public final class FaqExtension implements HtmlRenderer.HtmlRendererExtension {
  private FaqExtension() {}

  public static Extension create() {
    return new FaqExtension();
  }

  @Override
  public void extend(HtmlRenderer.Builder builder) {
    builder.nodeRendererFactory(FaqHtmlRenderer::new);
  }
}
