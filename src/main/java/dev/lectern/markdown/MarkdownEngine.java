package dev.lectern.markdown;

import dev.lectern.config.SiteConfig.MarkdownOptions;
import dev.lectern.content.SourcePage;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.highlight.Highlighter;
import dev.lectern.highlight.PrismHighlighter;
import dev.lectern.markdown.callout.CalloutExtension;
import dev.lectern.markdown.code.CodeBlockProcessor;
import dev.lectern.markdown.code.CodeExtension;
import dev.lectern.markdown.code.CodeHighlighting;
import dev.lectern.markdown.container.ContainerExtension;
import dev.lectern.markdown.container.ContainerHtmlRenderer;
import dev.lectern.markdown.faq.FaqExtension;
import dev.lectern.markdown.faq.FaqProcessor;
import dev.lectern.markdown.quiz.QuizExtension;
import dev.lectern.markdown.quiz.QuizProcessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The Markdown dialect of Lectern: CommonMark, GFM tables, strikethrough, autolinks, task lists,
 * footnotes, GitHub alerts, highlighted code blocks, FAQ blocks, quizzes, GitHub-compatible heading ids and
 * the raw-HTML policy. One parser and
 * one renderer are built here and shared by every thread (both are stateless per call).
 */
public final class MarkdownEngine {
  private final Parser parser;
  private final HtmlRenderer renderer;
  private final ContentLints lints;
  private final CodeBlockProcessor code;
  private final CodeHighlighting highlighting;
  private final FaqProcessor faq;
  private final QuizProcessor quiz;

  /** An engine highlighting with the shared highlighter, caching nothing across calls. */
  public MarkdownEngine(MarkdownOptions options) {
    this(options, PrismHighlighter.shared());
  }

  public MarkdownEngine(MarkdownOptions options, Highlighter highlighter) {
    List<Extension> extensions = List.of(TablesExtension.create(), StrikethroughExtension.create(),
        AutolinkExtension.create(), TaskListItemsExtension.create(), FootnotesExtension.create(),
        CalloutExtension.create(), CodeExtension.create(),
        ContainerExtension.create(Set.of(FaqProcessor.KIND, QuizProcessor.KIND)),
        FaqExtension.create(), QuizExtension.create());
    this.parser = Parser.builder()
        .extensions(extensions)
        .postProcessor(new HeadingIdProcessor())
        .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
        .build();
    this.renderer = HtmlRenderer.builder()
        .extensions(extensions)
        .attributeProviderFactory(context -> new LecternAttributes())
        .nodeRendererFactory(context -> new RawHtmlRenderer(context, options.unsafeHtml()))
        .nodeRendererFactory(context -> new EmptyRenderer())
        .nodeRendererFactory(ContainerHtmlRenderer::new)
        .build();
    this.lints = new ContentLints(options);
    this.code = new CodeBlockProcessor(highlighter);
    this.highlighting = new CodeHighlighting(highlighter);
    this.faq = new FaqProcessor(options.faqTitle());
    this.quiz = new QuizProcessor();
  }

  /** Parses a page's body and reports content problems found in its syntax tree. */
  public ParsedMarkdown parse(SourcePage page, Diagnostics diagnostics) {
    Node document = parser.parse(page.body());
    lints.check(document, page.file(), diagnostics);
    faq.process(document, page.file(), diagnostics);
    quiz.process(document, page.file(), diagnostics);
    List<TocEntry> headings = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    collect(document, headings, text);
    code.process(document, page.file(), List.of(page.body().split("\n", -1)), diagnostics);
    List<Node> links = SpanTrimmer.trim(document);
    return new ParsedMarkdown(page, document, List.copyOf(headings), countWords(text),
        firstParagraph(document), FaqProcessor.questions(document), links);
  }

  private static String firstParagraph(Node document) {
    for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof org.commonmark.node.Paragraph) {
        StringBuilder text = new StringBuilder();
        collect(n, new ArrayList<>(), text);
        return text.toString().strip().replaceAll("\\s+", " ");
      }
    }
    return "";
  }

  /** Gathers the headings and the plain text (blocks separated by spaces) of a document. */
  private static void collect(Node node, List<TocEntry> headings, StringBuilder text) {
    if (node instanceof HeadingId id) {
      headings.add(new TocEntry(id.level(), id.text(), id.id()));
    } else if (node instanceof Text t) {
      text.append(t.getLiteral());
    } else if (node instanceof Code c) {
      text.append(c.getLiteral());
    } else if (node instanceof FencedCodeBlock f) {
      text.append(' ').append(f.getLiteral());
    } else if (node instanceof IndentedCodeBlock i) {
      text.append(' ').append(i.getLiteral());
    } else if (node instanceof Block || node instanceof SoftLineBreak
        || node instanceof HardLineBreak) {
      text.append(' ');
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      collect(child, headings, text);
    }
  }

  /**
   * Highlights the code of a parsed page for rendering, reporting blocks that could not be
   * highlighted; {@link #release} lets the HTML go once the page is rendered.
   */
  public void highlight(ParsedMarkdown page, Diagnostics diagnostics) {
    highlighting.highlight(page.document(), page.source().file(), diagnostics);
  }

  /** Forgets the highlighted code of a rendered document (see {@link #highlight}). */
  public static void release(Node document) {
    CodeHighlighting.release(document);
  }

  /** Renders a parsed (and link-rewritten) document, its code highlighted, to HTML. */
  public String render(Node document) {
    return renderer.render(document);
  }

  /** A parsed page's HTML in one step: highlight, render, release; problems go to {@code out}. */
  public String renderPage(ParsedMarkdown page, Diagnostics out) {
    highlight(page, out);
    try {
      return render(page.document());
    } finally {
      release(page.document());
    }
  }

  private static int countWords(StringBuilder s) {
    // One copy to an array: reading a builder char by char costs several calls each under C1.
    char[] chars = new char[s.length()];
    s.getChars(0, chars.length, chars, 0);
    int n = 0;
    boolean inWord = false;
    for (char c : chars) {
      boolean letter = c > ' ' && c < 128 || !Character.isWhitespace(c);
      if (letter && !inWord) {
        n++;
      }
      inWord = letter;
    }
    return n;
  }
}
