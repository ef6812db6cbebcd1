package dev.lectern.markdown.code;

import org.commonmark.Extension;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Highlighted code blocks with captions, line numbers and highlighted lines. Blocks become
 * {@link CodeBlock}s in the parse stage ({@link CodeBlockProcessor}, which reports problems);
 * this extension renders them. See {@code code-spec.txt} for the syntax.
 */
public final class CodeExtension implements HtmlRenderer.HtmlRendererExtension {
  private CodeExtension() {}

  public static Extension create() {
    return new CodeExtension();
  }

  @Override
  public void extend(HtmlRenderer.Builder builder) {
    builder.nodeRendererFactory(CodeBlockHtmlRenderer::new);
  }
}
