package dev.lectern.api;

import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;

/** Makes node renderers for one render of one page. */
@FunctionalInterface
public interface NodeRendererFactory {
  NodeRenderer create(HtmlNodeRendererContext html, RenderContext page);
}
