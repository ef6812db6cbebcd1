package dev.lectern.markdown.code;

import dev.lectern.api.PageContext;
import dev.lectern.api.PageProcessor;
import dev.lectern.diagnostic.SourcePosition;
import dev.lectern.diagnostic.Suggestions;
import dev.lectern.highlight.Highlighter;
import dev.lectern.markdown.Positions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;

/**
 * Turns every code block of a parsed page into a {@link CodeBlock}: parses the fence's info
 * string (a part it cannot read is a warning at its column, often another tool's syntax: the
 * block keeps its language), resolves the language (an unknown one is a warning and the block
 * stays plain) and checks highlighted lines against the block (a warning past its end). Runs in the parse stage, on
 * the page's own thread; the code is highlighted when the page is rendered
 * ({@link CodeBlockHtmlRenderer}).
 */
public final class CodeBlockProcessor implements PageProcessor {
  private static final java.util.regex.Pattern LANGUAGE =
      java.util.regex.Pattern.compile("[A-Za-z0-9_+#.-]+");

  private final Highlighter highlighter;

  public CodeBlockProcessor(Highlighter highlighter) {
    this.highlighter = highlighter;
  }

  @Override
  public void process(Document document, PageContext page) {
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
          ? fenced(fenced, page)
          : plain(((IndentedCodeBlock) block).getLiteral(), CodeInfo.plain(""));
      replacement.setSourceSpans(block.getSourceSpans());
      block.insertAfter(replacement);
      block.unlink();
    }
  }

  private CodeBlock fenced(FencedCodeBlock block, PageContext page) {
    SourcePosition at = Positions.of(block, page.file());
    String code = block.getLiteral() == null ? "" : block.getLiteral();
    InfoLocation raw = InfoLocation.of(page, at, block);
    InfoStringParser.Result parsed = InfoStringParser.parse(raw.text());
    CodeInfo info;
    if (parsed.problem().isPresent()) {
      // Often another tool's syntax: said once, at its column; the block keeps its language.
      InfoStringParser.Problem p = parsed.problem().get();
      page.warning(at.line(), raw.column() + p.offset(), p.message()
          + "; the rest of the info string is ignored", p.hint());
      String first = raw.text().strip().split("[\\s{\\[]", 2)[0];
      if (!LANGUAGE.matcher(first).matches()) {
        return plain(code, CodeInfo.plain(""));
      }
      info = CodeInfo.plain(first);
    } else {
      info = parsed.info().orElseThrow();
    }
    int count = countLines(code);
    info.highlighted().stream().filter(r -> r.to() > count).findFirst().ifPresent(r -> page.warning(
        at.line(), raw.column() + raw.text().indexOf('{'),
        (r.from() == r.to() ? "line " + r.from() : "line range " + r.from() + "-" + r.to())
            + " is past the block's last line (" + count + ")",
        "highlight lines between 1 and " + count));
    Optional<String> language = highlighter.language(info.language());
    if (language.isEmpty()) {
      page.warning(block, "unknown code language '" + info.language() + "' (known: "
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
    static InfoLocation of(PageContext page, SourcePosition at, FencedCodeBlock block) {
      String line = page.line(at.line());
      if (at.line() < 1 || line.isEmpty()) {
        return new InfoLocation(block.getInfo() == null ? "" : block.getInfo(), at.column());
      }
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
