package dev.lectern.markdown.snippets;

import dev.lectern.api.PageContext;
import dev.lectern.api.PageProcessor;
import dev.lectern.markdown.code.CodeInfo;
import dev.lectern.markdown.code.InfoStringParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/**
 * Puts included files into the page, before any other processor sees it: a paragraph of
 * pymdownx.snippets lines becomes the Markdown it includes (parsed with the site's syntax), an
 * include line inside a fence becomes the file's lines, a fence with {@code file="…"} shows that
 * file, and a FastAPI {@code {* file *}} paragraph becomes a code block. Problems (a missing
 * file, a path leaving the site, a section that does not exist) are errors at the include's line.
 */
final class SnippetProcessor implements PageProcessor {
  private final SnippetSettings settings;

  SnippetProcessor(SnippetSettings settings) {
    this.settings = settings;
  }

  @Override
  public void process(Document document, PageContext page) {
    Includer includer = new Includer(new SnippetFiles(page, settings.basePaths()));
    List<Node> nodes = new ArrayList<>();
    collect(document, nodes);
    for (Node node : nodes) {
      if (node instanceof Paragraph p) {
        paragraph(p, page, includer);
      } else {
        fence((FencedCodeBlock) node, page, includer);
      }
    }
  }

  private static void collect(Node node, List<Node> out) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Paragraph || child instanceof FencedCodeBlock) {
        out.add(child);
      } else {
        collect(child, out);
      }
    }
  }

  private void paragraph(Paragraph p, PageContext page, Includer includer) {
    List<String> lines = sourceLines(p, page);
    int first = p.getSourceSpans().isEmpty() ? 1 : p.getSourceSpans().get(0).getLineIndex() + 1;
    Optional<FastApiInclude> fastApi = lines.size() == 1 ? FastApiInclude.parse(lines.get(0))
        : Optional.empty();
    if (fastApi.isPresent()) {
      new CodeIncludes(page, settings).fastApi(p, fastApi.get(), first);
      return;
    }
    Optional<VitePressImport> vitePress = lines.size() == 1
        ? VitePressImport.parse(lines.get(0)) : Optional.empty();
    if (vitePress.isPresent()) {
      new CodeIncludes(page, settings).vitePress(p, vitePress.get(), first);
      return;
    }
    if (lines.stream().noneMatch(l -> l.contains("8<") || l.contains("{!"))) {
      return;
    }
    if (!lines.stream().allMatch(l -> Includer.isSnippetLine(l) || l.isBlank()
        || isInsideBlock(lines, l))) {
      unescape(p);
      if (lines.stream().anyMatch(Includer::isSnippetLine)) {
        page.warning(p, "a snippet line inside a paragraph is shown as text",
            "put the --8<-- line on its own, with blank lines around it");
      }
      return;
    }
    List<String> text;
    try {
      text = includer.expand(lines, page.file());
    } catch (Includer.Failure f) {
      page.error(first + f.line, markerColumn(page.line(first + f.line)), f.getMessage(), f.hint);
      return;
    }
    Document included = page.parse(String.join("\n", text) + "\n");
    List<SourceSpan> at = p.getSourceSpans();
    for (Node n = included.getFirstChild(); n != null; ) {
      Node next = n.getNext();
      placeAt(n, at);
      p.insertBefore(n);
      n = next;
    }
    p.unlink();
  }

  /** True if {@code line} stands between two block markers of {@code lines}. */
  private static boolean isInsideBlock(List<String> lines, String line) {
    int index = lines.indexOf(line);
    int markersBefore = 0;
    for (int i = 0; i < index; i++) {
      markersBefore += SnippetLines.isBlockMarker(lines.get(i)) ? 1 : 0;
    }
    return markersBefore % 2 == 1;
  }

  private void fence(FencedCodeBlock block, PageContext page, Includer includer) {
    int fenceLine = block.getSourceSpans().isEmpty() ? 1
        : block.getSourceSpans().get(0).getLineIndex() + 1;
    InfoStringParser.Result info = InfoStringParser.parse(
        block.getInfo() == null ? "" : block.getInfo());
    Optional<CodeInfo.Include> option = info.info().flatMap(CodeInfo::include);
    if (option.isPresent()) {
      new CodeIncludes(page, settings).fileOption(block, option.get(), fenceLine);
      return;
    }
    String literal = block.getLiteral() == null ? "" : block.getLiteral();
    if (!literal.contains("8<") && !literal.contains("{!")) {
      return;
    }
    List<String> lines = List.of(literal.split("\n", -1));
    try {
      List<String> expanded = includer.expand(lines, page.file());
      block.setLiteral(String.join("\n", expanded));
    } catch (Includer.Failure f) {
      int line = fenceLine + 1 + f.line;
      page.error(line, markerColumn(page.line(line)), f.getMessage(), f.hint);
    }
  }

  /** The column of the {@code --8<--} (or {@code {!}) on a line of the page (1 if none). */
  static int markerColumn(String line) {
    int scissors = line.indexOf("8<");
    if (scissors < 0) {
      return line.indexOf("{!") + 1 + (line.contains("{!") ? 0 : 1);
    }
    int start = scissors;
    while (start > 0 && (line.charAt(start - 1) == '-' || line.charAt(start - 1) == ';')) {
      start--;
    }
    return start + 1;
  }

  /** An escaped include in text loses its semicolon. */
  private static void unescape(Paragraph p) {
    for (Node n = p.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Text t && t.getLiteral().contains("8<")) {
        t.setLiteral(SnippetLines.unescaped(t.getLiteral()));
      }
    }
  }

  private static int lastContentLine(Node node) {
    int last = -1;
    for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
      for (SourceSpan span : c.getSourceSpans()) {
        last = Math.max(last, span.getLineIndex());
      }
    }
    return last < 0 ? Integer.MAX_VALUE : last;
  }

  /** Gives {@code node} and everything in it the include's position. */
  static void placeAt(Node node, List<SourceSpan> at) {
    node.setSourceSpans(at);
    for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
      placeAt(c, at);
    }
  }

  /**
   * The lines of {@code node} as written in the page, without container prefixes. A paragraph's
   * span may take in the line that closed its container: its last line is its content's.
   */
  static List<String> sourceLines(Node node, PageContext page) {
    int last = lastContentLine(node);
    List<String> lines = new ArrayList<>();
    for (SourceSpan span : node.getSourceSpans()) {
      if (span.getLineIndex() > last) {
        break;
      }
      String line = page.line(span.getLineIndex() + 1);
      int from = Math.min(span.getColumnIndex(), line.length());
      lines.add(line.substring(from, Math.min(line.length(), from + span.getLength())));
    }
    return lines;
  }
}
