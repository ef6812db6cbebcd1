package dev.lectern.markdown.code;

import dev.lectern.api.PageContext;
import dev.lectern.api.PageProcessor;
import dev.lectern.diagnostic.SourcePosition;
import dev.lectern.highlight.Highlighter;
import dev.lectern.markdown.Positions;
import dev.lectern.markdown.code.CodeInfo.LineRange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;

/**
 * Turns every code block of a parsed page into a {@link CodeBlock}: parses the fence's info
 * string (a part it cannot read is a warning at its column, and the block keeps its language;
 * options of other tools it ignores are warnings too), takes out
 * magic highlighting comments, resolves the language (an unknown one stays plain and is recorded
 * for {@link UnknownLanguages}, reported once per build) and checks highlighted lines against
 * the block. Runs in the parse stage, on
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
    Set<String> warned = new HashSet<>();
    List<UnknownLanguages.Use> unknown = new ArrayList<>();
    for (Node block : blocks) {
      CodeBlock replacement = block instanceof FencedCodeBlock fenced
          ? fenced(fenced, page, warned, unknown)
          : plain(((IndentedCodeBlock) block).getLiteral(), CodeInfo.plain(""));
      replacement.setSourceSpans(block.getSourceSpans());
      block.insertAfter(replacement);
      block.unlink();
    }
    if (!unknown.isEmpty()) {
      page.put(UnknownLanguages.KEY, new UnknownLanguages(unknown));
    }
  }

  private CodeBlock fenced(FencedCodeBlock block, PageContext page, Set<String> warned,
      List<UnknownLanguages.Use> unknown) {
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
    for (InfoStringParser.Problem w : parsed.warnings()) {
      // Once per page: a page written for another tool repeats its options on every block.
      if (warned.add(w.message())) {
        page.warning(at.line(), raw.column() + w.offset(), w.message(), w.hint());
      }
    }
    if (MagicComments.mayHave(code)) {
      MagicComments.Result magic = MagicComments.apply(code);
      magic.problems().forEach(p -> page.warning(at.line() + p.line(), at.column(), p.message(),
          p.hint()));
      code = magic.code();
      info = info.withHighlighted(magic.ranges());
    }
    int count = countLines(code);
    info = withinBlock(info, count, page, at, raw);
    Optional<String> language = highlighter.language(info.language());
    if (language.isEmpty()) {
      if (!info.language().isEmpty()) {
        unknown.add(new UnknownLanguages.Use(info.language(), at.line(), at.column()));
      }
      return plain(code, info);
    }
    return new CodeBlock(info, language.get(), code, count);
  }

  /** Highlighted lines past the block's end are dropped with a warning (its page still renders). */
  private static CodeInfo withinBlock(CodeInfo info, int count, PageContext page,
      SourcePosition at, InfoLocation raw) {
    List<LineRange> kept = new ArrayList<>();
    for (LineRange r : info.highlighted()) {
      if (r.to() > count) {
        int brace = raw.text().indexOf('{');
        int hl = raw.text().indexOf("hl_lines");
        int offset = brace >= 0 ? brace : Math.max(hl, 0);
        page.warning(at.line(), raw.column() + offset,
            (r.from() == r.to() ? "line " + r.from() : "line range " + r.from() + "-" + r.to())
                + " is past the block's last line (" + count + ")",
            "highlight lines between 1 and " + count);
      }
      if (r.from() <= count) {
        kept.add(new LineRange(r.from(), Math.min(r.to(), count)));
      }
    }
    return kept.equals(info.highlighted()) ? info : new CodeInfo(info.language(), info.title(),
        info.lineNumbers(), info.firstLineNumber(), List.copyOf(kept), info.minVersion(),
        info.label(), info.include());
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
      if (fence != '`' && fence != '~') {
        // A block another processor made (an included file) stands where no fence is written.
        return new InfoLocation(block.getInfo() == null ? "" : block.getInfo(), at.column());
      }
      while (start < line.length() && line.charAt(start) == fence) {
        start++;
      }
      return new InfoLocation(line.substring(start), start + 1);
    }
  }
}
