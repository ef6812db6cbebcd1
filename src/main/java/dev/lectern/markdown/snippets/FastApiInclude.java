package dev.lectern.markdown.snippets;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The code includes of FastAPI's docs: {@code {* ../../docs_src/app.py ln[3:10] hl[2,5:6]
 * title["app.py"] *}} alone in a paragraph, showing a file's lines ({@code ln}, all by default)
 * with some highlighted ({@code hl}, numbered as in the file).
 */
record FastApiInclude(String path, List<SnippetSpec.Range> shown, List<SnippetSpec.Range> marked,
    Optional<String> title) {
  private static final Pattern WHOLE = Pattern.compile(
      "\\{\\*\\s+(\\S+)((?:\\s+(?:ln|hl)\\[[^\\]\\n]*\\]|\\s+title\\[\"[^\"\\n]*\"\\])*)\\s*\\*\\}");
  private static final Pattern OPTION = Pattern.compile(
      "(ln|hl)\\[([^\\]]*)\\]|title\\[\"([^\"]*)\"\\]");

  /** The include written as {@code text}, if it is one. */
  static Optional<FastApiInclude> parse(String text) {
    if (!text.startsWith("{*")) {
      return Optional.empty();
    }
    Matcher whole = WHOLE.matcher(text.strip());
    if (!whole.matches()) {
      return Optional.empty();
    }
    List<SnippetSpec.Range> shown = new ArrayList<>();
    List<SnippetSpec.Range> marked = new ArrayList<>();
    String title = null;
    Matcher option = OPTION.matcher(whole.group(2));
    while (option.find()) {
      if (option.group(3) != null) {
        title = option.group(3);
      } else {
        Optional<List<SnippetSpec.Range>> ranges = SnippetSpec.lines(option.group(2));
        if (ranges.isEmpty()) {
          return Optional.empty();
        }
        (option.group(1).equals("ln") ? shown : marked).addAll(ranges.get());
      }
    }
    return Optional.of(new FastApiInclude(whole.group(1), List.copyOf(shown),
        List.copyOf(marked), Optional.ofNullable(title)));
  }

  /**
   * The highlighted lines as numbers of the shown lines, given the file's line number of each
   * shown line, as the {@code hl_lines} value of a fence ("" if none).
   */
  String highlightedLines(List<Integer> fileLines) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < fileLines.size(); i++) {
      int line = fileLines.get(i);
      if (marked.stream().anyMatch(r -> line >= r.from() && (r.to() == 0 || line <= r.to()))) {
        s.append(s.length() == 0 ? "" : " ").append(i + 1);
      }
    }
    return s.toString();
  }
}
