package dev.lectern.markdown;

import dev.lectern.api.ContainerBlock;
import dev.lectern.api.NodeRendererFactory;
import dev.lectern.api.PageProcessor;
import dev.lectern.config.SiteConfig.MarkdownOptions;
import dev.lectern.content.SourcePage;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.extend.ExtensionSet;
import dev.lectern.markdown.container.ContainerExtension;
import dev.lectern.markdown.container.ContainerHtmlRenderer;
import dev.lectern.memo.Digester;
import dev.lectern.memo.FileReads;
import dev.lectern.memo.Fingerprint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.Document;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The Markdown dialect of a site: CommonMark with GFM tables, strikethrough, autolinks, task lists
 * and footnotes, GitHub-compatible heading ids, the raw-HTML policy, {@code :::} containers, and
 * whatever the site's extensions add (Lectern's own code blocks, callouts, FAQs and quizzes
 * among them). One parser is shared by every thread. Parsing produces a {@link ParsedMarkdown}
 * that nothing changes afterwards; rendering reads it with a {@link RenderScope}.
 */
public final class MarkdownEngine {
  // Strikethrough needs two tildes: one tilde is a subscript (H~2~O), as in pymdownx.
  private static final List<Extension> CORE = List.of(TablesExtension.create(),
      StrikethroughExtension.builder().requireTwoTildes(true).build(), AutolinkExtension.create(),
      TaskListItemsExtension.create(), FootnotesExtension.create(), ContainerExtension.create());

  private final Parser parser;
  private final List<Extension> markdown;
  private final ExtensionSet extensions;
  private final MarkdownOptions options;
  private final ContentLints lints;
  private final Fingerprint fingerprint;

  public MarkdownEngine(MarkdownOptions options, ExtensionSet extensions) {
    this.options = options;
    this.extensions = extensions;
    List<Extension> all = new ArrayList<>(CORE);
    all.addAll(extensions.markdown());
    this.markdown = List.copyOf(all);
    this.parser = Parser.builder()
        .extensions(markdown)
        .postProcessor(new TitleHeadings())
        .postProcessor(new HeadingIdProcessor())
        .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
        .build();
    this.lints = new ContentLints();
    this.fingerprint = Digester.of("markdown", options, extensions);
  }

  /** The fingerprint of this engine's behaviour: its options and extensions. */
  public Fingerprint fingerprint() {
    return fingerprint;
  }

  /**
   * Parses a page's body, runs the page processors over it and reports content problems.
   *
   * @param files where the page's processors read included files
   * @param key the fingerprint of the parse's inputs (page, engine); the result's fingerprint
   *     adds the files read
   */
  public ParsedMarkdown parse(SourcePage page, FileReads files, Fingerprint key,
      Diagnostics diagnostics) {
    Document document = (Document) parser.parse(page.body());
    PageParse context = new PageParse(page, diagnostics, files,
        text -> (Document) parser.parse(text));
    lints.check(document, page.file(), diagnostics);
    for (PageProcessor processor : extensions.processors()) {
      run(processor, document, context);
    }
    reportUnclaimedContainers(document, context);
    // Links first: those in the title heading are resolved and checked like the others.
    List<Node> linkNodes = LinkRefs.nodes(document);
    List<LinkRef> links = LinkRefs.of(linkNodes, page.file());
    Optional<TitleHeadings.Taken> title = TitleHeadings.take(document, page.file());
    List<TocEntry> headings = new ArrayList<>();
    collectHeadings(document, headings);
    StringBuilder text = new StringBuilder();
    PlainText.appendChildren(document, text, true);
    SpanTrimmer.trim(document);
    title.ifPresent(t -> SpanTrimmer.trim(t.node()));
    ParseRecord record = new ParseRecord(page, List.copyOf(headings), countWords(text),
        firstParagraph(document), links, context.data(), title.map(TitleHeadings.Taken::heading),
        Digester.of(key, files.dependencies()));
    return ParsedMarkdown.of(record, new ParsedMarkdown.Tree(document,
        title.map(TitleHeadings.Taken::node), linkNodes));
  }

  /**
   * The syntax tree of a page parsed before, whose {@link ParseRecord} came from a cache file:
   * the same source and included files make the same tree.
   */
  public ParsedMarkdown.Tree tree(SourcePage page, FileReads files) {
    return parse(page, files, fingerprint, new Diagnostics()).tree();
  }

  private static void run(PageProcessor processor, Document document, PageParse context) {
    try {
      processor.process(document, context);
    } catch (RuntimeException e) {
      context.error(1, 1, "a page processor failed on this page: " + e,
          "this is a bug in " + processor.getClass().getName() + "; report it to its authors");
    }
  }

  private void reportUnclaimedContainers(Node node, PageParse context) {
    for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof ContainerBlock c && !extensions.containerKinds().contains(c.kind())) {
        context.warning(c, "unknown block ':::" + c.kind() + "'; its content is shown in a "
            + "plain <div class=\"" + c.kind() + "\">",
            "Lectern's blocks are " + String.join(", ", extensions.containerKinds().stream()
                .sorted().map(k -> ":::" + k).toList()) + "; check the spelling");
      }
      reportUnclaimedContainers(n, context);
    }
  }

  private static String firstParagraph(Node document) {
    for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Paragraph) {
        return PlainText.squeezed(n);
      }
    }
    return "";
  }

  private static void collectHeadings(Node node, List<TocEntry> headings) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof HeadingId id) {
        headings.add(new TocEntry(id.level(), id.tocText(), id.id()));
      }
      collectHeadings(child, headings);
    }
  }

  /** The HTML of {@code node} (a page's document or part of it) for one page's render. */
  public String render(Node node, RenderScope scope) {
    return renderer(scope).render(node);
  }

  private HtmlRenderer renderer(RenderScope scope) {
    HtmlRenderer.Builder builder = HtmlRenderer.builder();
    for (NodeRendererFactory factory : extensions.renderers()) {
      builder.nodeRendererFactory(context -> factory.create(context, scope));
    }
    return builder.extensions(markdown)
        .attributeProviderFactory(context -> new LecternAttributes(scope))
        .nodeRendererFactory(context -> new RawHtmlRenderer(context, options.unsafeHtml()))
        .nodeRendererFactory(context -> new EmptyRenderer())
        .nodeRendererFactory(ContainerHtmlRenderer::new)
        .build();
  }

  /** The HTML of the inline content of {@code node} (a heading's text) for one page's render. */
  public String renderChildren(Node node, RenderScope scope) {
    HtmlRenderer renderer = renderer(scope);
    StringBuilder html = new StringBuilder();
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      html.append(renderer.render(child));
    }
    return html.toString();
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
