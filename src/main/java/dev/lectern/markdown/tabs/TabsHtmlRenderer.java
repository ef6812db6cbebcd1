package dev.lectern.markdown.tabs;

import dev.lectern.api.RenderContext;
import dev.lectern.markdown.container.TitledBlock;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Renders tabs as contracts fix them: a {@code div.tabs} holding an empty, hidden tab list that
 * {@code assets/js/tabs.js} fills, and a {@code section.tab-panel} per tab headed by its label, so
 * that without JavaScript every panel shows under its label. The script is referenced once per
 * render, before the first tab set, so only pages with tabs load it.
 */
final class TabsHtmlRenderer implements NodeRenderer {
  static final String SCRIPT = "js/tabs.js";
  private final HtmlNodeRendererContext context;
  private final RenderContext page;
  private final HtmlWriter html;
  private boolean scriptWritten;

  TabsHtmlRenderer(HtmlNodeRendererContext context, RenderContext page) {
    this.context = context;
    this.page = page;
    this.html = context.getWriter();
  }

  @Override
  public Set<Class<? extends Node>> getNodeTypes() {
    return Set.of(TabSet.class, TabPanel.class, TabLabel.class);
  }

  @Override
  public void render(Node node) {
    if (node instanceof TabSet set) {
      renderSet(set);
    } else if (node instanceof TabPanel panel) {
      renderPanel(panel);
    } else {
      renderChildren(node);
    }
  }

  private void renderSet(TabSet set) {
    html.line();
    if (!scriptWritten) {
      scriptWritten = true;
      page.assetUrl(SCRIPT).ifPresent(url -> {
        html.tag("script", TitledBlock.attrs("src", url, "defer", ""));
        html.tag("/script");
        html.line();
      });
    }
    html.tag("div", context.extendAttributes(set, "div",
        TitledBlock.attrs("class", "tabs", "data-tab-group", set.group())));
    html.line();
    html.tag("div", TitledBlock.attrs("class", "tab-list", "role", "tablist", "hidden", ""));
    html.tag("/div");
    html.line();
    renderChildren(set);
    html.tag("/div");
    html.line();
  }

  private void renderPanel(TabPanel panel) {
    String labelId = panel.id() + "-label";
    html.tag("section", panel.selected()
        ? TitledBlock.attrs("class", "tab-panel", "id", panel.id(), "data-tab-label",
            panel.label(), "data-tab-selected", "", "aria-labelledby", labelId)
        : TitledBlock.attrs("class", "tab-panel", "id", panel.id(), "data-tab-label",
            panel.label(), "aria-labelledby", labelId));
    html.line();
    String heading = "h" + panel.level();
    html.tag(heading, TitledBlock.attrs("class", "tab-label", "id", labelId));
    if (panel.getFirstChild() instanceof TabLabel label) {
      renderChildren(label);
    } else {
      html.text(panel.label());
    }
    html.tag("/" + heading);
    html.line();
    for (Node c = panel.getFirstChild(); c != null; c = c.getNext()) {
      if (!(c instanceof TabLabel)) {
        context.render(c);
      }
    }
    html.line();
    html.tag("/section");
    html.line();
  }

  private void renderChildren(Node node) {
    for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
      context.render(c);
    }
  }
}
