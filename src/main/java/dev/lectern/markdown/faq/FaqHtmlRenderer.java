package dev.lectern.markdown.faq;

import dev.lectern.markdown.faq.FaqNodes.FaqAnswer;
import dev.lectern.markdown.faq.FaqNodes.FaqBlock;
import dev.lectern.markdown.faq.FaqNodes.FaqItem;
import dev.lectern.markdown.faq.FaqNodes.FaqQuestion;
import static dev.lectern.markdown.container.TitledBlock.attrs;

import dev.lectern.markdown.container.TitledBlock;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Renders FAQ blocks as a titled section of {@code details} elements (an accordion that works
 * without JavaScript): each question is a heading inside the {@code summary}, with the id that
 * links point at, and each answer a {@code div} after it. Collapsed answers stay in the page's
 * text, for readers' find-in-page and for search engines; the theme's script opens the question
 * a {@code #faq-...} link points at.
 */
final class FaqHtmlRenderer implements NodeRenderer {
  private final HtmlNodeRendererContext context;
  private final HtmlWriter html;

  FaqHtmlRenderer(HtmlNodeRendererContext context) {
    this.context = context;
    this.html = context.getWriter();
  }

  @Override
  public Set<Class<? extends Node>> getNodeTypes() {
    return Set.of(FaqBlock.class, FaqItem.class, FaqQuestion.class, FaqAnswer.class);
  }

  @Override
  public void render(Node node) {
    if (node instanceof FaqBlock b) {
      b.openSection(html, "faq");
      children(node);
      TitledBlock.closeSection(html);
    } else if (node instanceof FaqItem) {
      html.tag("details", Map.of("class", "faq-item"));
      html.line();
      children(node);
      html.tag("/details");
      html.line();
    } else if (node instanceof FaqQuestion q) {
      question(q);
    } else {
      html.tag("div", Map.of("class", "faq-answer"));
      html.line();
      children(node);
      html.tag("/div");
      html.line();
    }
  }

  private void question(FaqQuestion q) {
    html.tag("summary", Map.of("class", "faq-summary"));
    html.tag("h" + q.level(), attrs("id", q.id(), "class", "faq-question"));
    children(q);
    html.tag("/h" + q.level());
    html.tag("/summary");
    html.line();
  }

  private void children(Node node) {
    for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
      context.render(c);
    }
  }
}
