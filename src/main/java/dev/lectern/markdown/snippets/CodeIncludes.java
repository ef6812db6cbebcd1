package dev.lectern.markdown.snippets;

import dev.lectern.api.PageContext;
import dev.lectern.markdown.code.CodeInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Paragraph;

/**
 * Code blocks that show a file: Lectern's fence option ({@code file="examples/app.py"
 * lines="3-10"} or {@code section="name"}), FastAPI's {@code {* file hl[2] *}} and VitePress's
 * {@code <<< @/file{2}}.
 */
final class CodeIncludes {
  /** Languages by file extension, for includes that name none. */
  private static final Map<String, String> LANGUAGES = Map.ofEntries(Map.entry("py", "python"),
      Map.entry("pyi", "python"), Map.entry("js", "javascript"), Map.entry("mjs", "javascript"),
      Map.entry("ts", "typescript"), Map.entry("json", "json"), Map.entry("yml", "yaml"),
      Map.entry("yaml", "yaml"), Map.entry("toml", "toml"), Map.entry("sh", "bash"),
      Map.entry("bash", "bash"), Map.entry("java", "java"), Map.entry("go", "go"),
      Map.entry("kt", "kotlin"), Map.entry("css", "css"), Map.entry("html", "markup"),
      Map.entry("xml", "markup"), Map.entry("sql", "sql"), Map.entry("md", "markdown"),
      Map.entry("c", "c"), Map.entry("cpp", "cpp"), Map.entry("cs", "csharp"),
      Map.entry("swift", "swift"), Map.entry("scala", "scala"), Map.entry("dart", "dart"),
      Map.entry("vue", "markup"));

  private final PageContext page;
  private final SnippetFiles files;

  CodeIncludes(PageContext page, SnippetSettings settings) {
    this.page = page;
    this.files = new SnippetFiles(page, settings.basePaths());
  }

  /** A fence with {@code file="…"}: its lines become the file's. */
  void fileOption(FencedCodeBlock block, CodeInfo.Include include, int line) {
    int column = column(line, "file");
    Optional<List<String>> lines = read(include.file(), include.lines(), include.section(), line,
        column);
    if (lines.isEmpty()) {
      return;
    }
    if (block.getLiteral() != null && !block.getLiteral().isBlank()) {
      page.warning(line, column, "the block's own lines are replaced by the file '"
          + include.file() + "'", "leave a block that shows a file empty");
    }
    block.setLiteral(String.join("\n", lines.get()) + (lines.get().isEmpty() ? "" : "\n"));
  }

  /** A FastAPI include paragraph becomes a fenced code block. */
  void fastApi(Paragraph p, FastApiInclude include, int line) {
    List<SnippetSpec.Range> shown = include.shown();
    SnippetFiles.Outcome outcome = files.read(include.path());
    if (outcome.read().isEmpty()) {
      page.error(line, column(line, "{*"), outcome.problem(), outcome.hint());
      return;
    }
    String text = outcome.read().get().text();
    Selection.Result chosen = Selection.of(text, shown, Optional.empty());
    if (chosen.problem().isPresent()) {
      page.error(line, column(line, "{*"), "'" + include.path() + "': "
          + chosen.problem().get(), "check the line numbers in ln[…]");
      return;
    }
    List<Integer> fileLines = fileLineNumbers(text, shown);
    StringBuilder info = new StringBuilder(language(include.path()));
    String marked = include.highlightedLines(fileLines);
    if (!marked.isEmpty()) {
      info.append(" hl_lines=\"").append(marked).append('"');
    }
    include.title().ifPresent(t -> info.append(" title=\"").append(t.replace("\"", "'"))
        .append('"'));
    replace(p, info.toString().strip(), chosen.lines());
  }

  /** A VitePress import paragraph becomes a fenced code block. */
  void vitePress(Paragraph p, VitePressImport include, int line) {
    String path = include.pagePath(page.contentPath());
    SnippetFiles.Outcome outcome = files.read(path, include.rootPath());
    if (outcome.read().isEmpty()) {
      page.error(line, column(line, "<<<"), outcome.problem(), outcome.hint());
      return;
    }
    List<String> lines = Selection.of(outcome.read().get().text(), List.of(), Optional.empty())
        .lines();
    if (include.region().isPresent()) {
      Optional<List<String>> region = VitePressImport.region(
          List.of(outcome.read().get().text().split("\n", -1)), include.region().get());
      if (region.isEmpty()) {
        page.error(line, column(line, "<<<"), "'" + include.path() + "': there is no region '"
            + include.region().get() + "' (#region " + include.region().get() + ")",
            "check the region's name against the file");
        return;
      }
      lines = region.get();
    }
    StringBuilder info = new StringBuilder(include.language().isEmpty()
        ? language(include.path()) : include.language());
    if (!include.ranges().isEmpty()) {
      info.append(" {").append(include.ranges()).append('}');
    }
    if (include.lineNumbers()) {
      info.append(" linenums");
    }
    include.label().ifPresent(l -> info.append(" [").append(l).append(']'));
    replace(p, info.toString().strip(), lines);
  }

  private static void replace(Paragraph p, String info, List<String> lines) {
    FencedCodeBlock block = new FencedCodeBlock();
    block.setFenceChar('`');
    block.setFenceLength(3);
    block.setInfo(info);
    block.setLiteral(String.join("\n", lines) + "\n");
    block.setSourceSpans(p.getSourceSpans());
    p.insertBefore(block);
    p.unlink();
  }

  private Optional<List<String>> read(String path, Optional<String> lines,
      Optional<String> section, int line, int column) {
    List<SnippetSpec.Range> ranges = List.of();
    if (lines.isPresent()) {
      Optional<List<SnippetSpec.Range>> parsed = SnippetSpec.lines(lines.get());
      if (parsed.isEmpty()) {
        page.error(line, column, "lines=\"" + lines.get() + "\" is not a list of line ranges",
            "write e.g. lines=\"3-10\" or lines=\"1-4 9-12\"");
        return Optional.empty();
      }
      ranges = parsed.get();
    }
    SnippetFiles.Outcome outcome = files.read(path);
    if (outcome.read().isEmpty()) {
      page.error(line, column, outcome.problem(), outcome.hint());
      return Optional.empty();
    }
    Selection.Result chosen = Selection.of(outcome.read().get().text(), ranges, section);
    if (chosen.problem().isPresent()) {
      page.error(line, column, "'" + path + "': " + chosen.problem().get(),
          "check the lines or section against the file");
      return Optional.empty();
    }
    return Optional.of(chosen.lines());
  }

  /** The file's number of each line a selection of ranges shows. */
  private static List<Integer> fileLineNumbers(String text, List<SnippetSpec.Range> shown) {
    int count = text.isEmpty() ? 0 : text.split("\n", -1).length
        - (text.endsWith("\n") ? 1 : 0);
    List<Integer> numbers = new ArrayList<>();
    if (shown.isEmpty()) {
      for (int i = 1; i <= count; i++) {
        numbers.add(i);
      }
      return numbers;
    }
    for (SnippetSpec.Range r : shown) {
      int to = r.to() == 0 ? count : Math.min(r.to(), count);
      for (int i = r.from(); i <= to; i++) {
        numbers.add(i);
      }
    }
    return numbers;
  }

  private static String language(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? "" : LANGUAGES.getOrDefault(path.substring(dot + 1).toLowerCase(), "");
  }

  private int column(int line, String needle) {
    int at = page.line(line).indexOf(needle);
    return at < 0 ? 1 : at + 1;
  }
}
