package dev.lectern.markdown.code;

import dev.lectern.api.HighlightedCode;
import dev.lectern.api.RenderContext;
import java.util.List;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Writes a {@link CodeBlock}: a wrapper, a header (the caption when the block has a title, with
 * the language's name; the copy script adds its button there), and
 * {@code <pre class="language-X" tabindex="0"><code class="language-X">} with the highlighted
 * HTML. With line numbers or highlighted lines, every line is its own element: numbers come from
 * CSS counters (so they are never selected or copied) and highlighted lines are {@code <mark>}s.
 */
final class CodeBlockHtmlRenderer implements NodeRenderer {
  private final HtmlWriter html;
  private final RenderContext page;

  CodeBlockHtmlRenderer(HtmlNodeRendererContext context, RenderContext page) {
    this.html = context.getWriter();
    this.page = page;
  }

  @Override
  public Set<Class<? extends Node>> getNodeTypes() {
    return Set.of(CodeBlock.class);
  }

  @Override
  public void render(Node node) {
    CodeBlock block = (CodeBlock) node;
    CodeInfo info = block.info();
    String language = "language-" + block.language();
    html.line();
    // In a code group the [label] is the tab's: the block does not repeat it as a caption.
    boolean titled = info.caption().isPresent() && !(info.title().isEmpty()
        && block.getParent() instanceof dev.lectern.markdown.tabs.TabPanel panel
        && info.caption().get().equals(panel.label()));
    html.raw(titled ? "<figure class=\"code-block\">" : "<div class=\"code-block\">");
    // One header for every block, titled or not, so the copy button has one place and no block
    // changes height when the script adds it.
    html.raw(titled ? "<figcaption class=\"code-header\">" : "<div class=\"code-header\">");
    if (titled) {
      html.raw("<span class=\"code-title\">");
      html.text(info.caption().get());
      html.raw("</span> ");
    }
    html.raw("<span class=\"code-lang\">");
    html.text(CodeLabel.of(block.language(), info.language()));
    html.raw(titled ? "</span></figcaption>" : "</span></div>");
    html.raw("<pre class=\"" + language + (info.lineNumbers() ? " line-numbers" : "") + "\""
        + " tabindex=\"0\"" + counterStyle(info) + "><code class=\"" + language + "\">");
    String code = highlight(block);
    html.raw(info.needsLines() ? lines(block, code) : code);
    html.raw("</code></pre>");
    if (!info.highlighted().isEmpty()) {
      html.raw("<p class=\"visually-hidden\">Highlighted lines: " + describe(info) + ".</p>");
    }
    html.raw(titled ? "</figure>" : "</div>");
    html.line();
  }

  private static String counterStyle(CodeInfo info) {
    return info.lineNumbers() && info.firstLineNumber() != 1
        ? " style=\"counter-reset: line " + (info.firstLineNumber() - 1) + "\"" : "";
  }

  /** The block's highlighted HTML; a block that could not be highlighted is plain, with a warning. */
  private String highlight(CodeBlock block) {
    HighlightedCode result = page.highlight(block.language(), block.code());
    result.problem().ifPresent(why -> page.warning(block, "code block left unhighlighted: " + why,
        "split the block or mark it as plain text with ```text"));
    return result.html();
  }

  private static String lines(CodeBlock block, String code) {
    List<String> lines = HtmlLines.split(code);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      boolean marked = block.info().isHighlighted(i + 1);
      // No newline after the last line: after an inline-block it would open an empty line.
      out.append(i == 0 ? "" : "\n")
          .append(marked ? "<mark class=\"line\">" : "<span class=\"line\">").append(lines.get(i))
          .append(marked ? "</mark>" : "</span>");
    }
    return out.toString();
  }

  private static String describe(CodeInfo info) {
    return String.join(", ", info.highlighted().stream()
        .map(r -> r.from() == r.to() ? String.valueOf(r.from()) : r.from() + " to " + r.to())
        .toList());
  }
}
