package dev.lectern.markdown.code;

import java.util.List;
import java.util.Optional;

/**
 * What a fence's info string asks for: {@code python title="app.py" linenums=10 {3,5-7}}.
 *
 * @param language the language tag as written ("" when there is none)
 * @param firstLineNumber the number of the first line when line numbers are on
 * @param highlighted line ranges to highlight, 1-based and inclusive, in the order written
 * @param minVersion the Python version an example needs ({@code 3.12}), for the content checks
 */
public record CodeInfo(String language, Optional<String> title, boolean lineNumbers,
    int firstLineNumber, List<LineRange> highlighted, Optional<String> minVersion) {

  /** Lines {@code from} to {@code to}, inclusive. */
  public record LineRange(int from, int to) {
    public boolean contains(int line) {
      return line >= from && line <= to;
    }
  }

  public static CodeInfo plain(String language) {
    return new CodeInfo(language, Optional.empty(), false, 1, List.of(), Optional.empty());
  }

  public boolean isHighlighted(int line) {
    return highlighted.stream().anyMatch(r -> r.contains(line));
  }

  /** True when lines must be wrapped one by one (numbers or highlights). */
  public boolean needsLines() {
    return lineNumbers || !highlighted.isEmpty();
  }
}
