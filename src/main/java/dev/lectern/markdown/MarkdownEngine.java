package dev.lectern.markdown;

import dev.lectern.config.SiteConfig.MarkdownOptions;
import dev.lectern.content.SourcePage;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.markdown.callout.CalloutExtension;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The Markdown dialect of Lectern: CommonMark, GFM tables, strikethrough, autolinks, task lists,
 * footnotes, GitHub alerts, GitHub-compatible heading ids and the raw-HTML policy. One parser and
 * one renderer are built here and shared by every thread (both are stateless per call).
 */
public final class MarkdownEngine {
  private final Parser parser;
  private final HtmlRenderer renderer;
  private final ContentLints lints;

  public MarkdownEngine(MarkdownOptions options) {
    List<Extension> extensions = List.of(TablesExtension.create(), StrikethroughExtension.create(),
        AutolinkExtension.create(), TaskListItemsExtension.create(), FootnotesExtension.create(),
        CalloutExtension.create());
    this.parser = Parser.builder()
        .extensions(extensions)
        .postProcessor(new HeadingIdProcessor())
        .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
        .build();
    this.renderer = HtmlRenderer.builder()
        .extensions(extensions)
        .attributeProviderFactory(context -> new HeadingIdAttributes())
        .nodeRendererFactory(context -> new RawHtmlRenderer(context, options.unsafeHtml()))
        .nodeRendererFactory(context -> new EmptyRenderer())
        .build();
    this.lints = new ContentLints(options);
  }

  /** Parses a page's body and reports content problems found in its syntax tree. */
  public ParsedMarkdown parse(SourcePage page, Diagnostics diagnostics) {
    Node document = parser.parse(page.body());
    lints.check(document, page.file(), diagnostics);
    List<TocEntry> headings = new ArrayList<>();
    int[] words = {0};
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(org.commonmark.node.CustomNode node) {
        if (node instanceof HeadingId id) {
          int level = ((org.commonmark.node.Heading) node.getParent()).getLevel();
          headings.add(new TocEntry(level, id.text(), id.id()));
        }
        visitChildren(node);
      }

      @Override
      public void visit(Text text) {
        words[0] += countWords(text.getLiteral());
      }

      @Override
      public void visit(Code code) {
        words[0] += countWords(code.getLiteral());
      }

      @Override
      public void visit(FencedCodeBlock block) {
        words[0] += countWords(block.getLiteral());
      }

      @Override
      public void visit(IndentedCodeBlock block) {
        words[0] += countWords(block.getLiteral());
      }
    });
    return new ParsedMarkdown(page, document, List.copyOf(headings), words[0]);
  }

  /** Renders a parsed (and link-rewritten) document to HTML. */
  public String render(Node document) {
    return renderer.render(document);
  }

  private static int countWords(String s) {
    int n = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); i++) {
      boolean letter = !Character.isWhitespace(s.charAt(i));
      if (letter && !inWord) {
        n++;
      }
      inWord = letter;
    }
    return n;
  }
}
