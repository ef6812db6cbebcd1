package dev.lectern.markdown.code;

import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.diagnostic.SourcePosition;
import dev.lectern.diagnostic.Suggestions;
import dev.lectern.highlight.Highlighter;
import dev.lectern.markdown.Positions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;

/**
 * Turns every code block of a parsed page into a {@link CodeBlock}: parses the fence's info
 * string (errors at their column), resolves the language (an unknown one is a warning and the
 * block stays plain) and checks highlighted lines against the block. Runs in the parse stage, on
 * the page's own thread; the code is highlighted when the page is rendered
 * ({@link CodeHighlighting}).
 */
public final class CodeBlockProcessor {
  private final Highlighter highlighter;

  public CodeBlockProcessor(Highlighter highlighter) {
    this.highlighter = highlighter;
  }

  /**
   * @param lines the page's source lines (the Markdown body keeps the file's line numbers)
   */
  public void process(Node document, String file, List<String> lines, Diagnostics out) {
    List<Node> blocks = new ArrayList<>();
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(FencedCodeBlock block) {
        blocks.add(block);
      }

      @Override
      public void visit(IndentedCodeBlock block) {
        blocks.add(block);
      }
    });
    for (Node block : blocks) {
      CodeBlock replacement = block instanceof FencedCodeBlock fenced
          ? fenced(fenced, file, lines, out)
          : plain(((IndentedCodeBlock) block).getLiteral(), CodeInfo.plain(""));
      replacement.setSourceSpans(block.getSourceSpans());
      block.insertAfter(replacement);
      block.unlink();
    }
  }

  private CodeBlock fenced(FencedCodeBlock block, String file, List<String> lines, Diagnostics out) {
    SourcePosition at = Positions.of(block, file);
    String code = block.getLiteral() == null ? "" : block.getLiteral();
    InfoLocation raw = InfoLocation.of(lines, at, block);
    InfoStringParser.Result parsed = InfoStringParser.parse(raw.text());
    if (parsed.problem().isPresent()) {
      InfoStringParser.Problem p = parsed.problem().get();
      out.error(new SourcePosition(file, at.line(), raw.column() + p.offset()), p.message(), p.hint());
      return plain(code, CodeInfo.plain(""));
    }
    CodeInfo info = parsed.info().orElseThrow();
    int count = countLines(code);
    info.highlighted().stream().filter(r -> r.to() > count).findFirst().ifPresent(r -> out.error(
        new SourcePosition(file, at.line(), raw.column() + raw.text().indexOf('{')),
        (r.from() == r.to() ? "line " + r.from() : "line range " + r.from() + "-" + r.to())
            + " is past the block's last line (" + count + ")",
        "highlight lines between 1 and " + count));
    Optional<String> language = highlighter.language(info.language());
    if (language.isEmpty()) {
      out.warning(at, "unknown code language '" + info.language() + "' (known: "
          + String.join(", ", highlighter.knownTags()) + ")",
          Suggestions.didYouMean(info.language(), highlighter.knownTags()));
      return plain(code, info);
    }
    return new CodeBlock(info, language.get(), code, count);
  }

  private static CodeBlock plain(String code, CodeInfo info) {
    return new CodeBlock(info, "text", code, countLines(code));
  }

  private static int countLines(String code) {
    int n = 0;
    for (int i = 0; i < code.length(); i++) {
      if (code.charAt(i) == '\n') {
        n++;
      }
    }
    return code.isEmpty() || code.endsWith("\n") ? n : n + 1;
  }

  /** The raw info string of a fence, from the source line, and its 1-based column. */
  private record InfoLocation(String text, int column) {
    static InfoLocation of(List<String> lines, SourcePosition at, FencedCodeBlock block) {
      if (at.line() < 1 || at.line() > lines.size()) {
        return new InfoLocation(block.getInfo() == null ? "" : block.getInfo(), at.column());
      }
      String line = lines.get(at.line() - 1);
      int start = Math.max(0, at.column() - 1);
      while (start < line.length() && line.charAt(start) == ' ') {
        start++;
      }
      char fence = start < line.length() ? line.charAt(start) : '`';
      while (start < line.length() && line.charAt(start) == fence) {
        start++;
      }
      return new InfoLocation(line.substring(start), start + 1);
    }
  }
}
