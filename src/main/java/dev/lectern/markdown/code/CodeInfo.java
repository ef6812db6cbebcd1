package dev.lectern.markdown.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a fence's info string asks for: {@code python title="app.py" linenums=10 {3,5-7}}.
 *
 * @param language the language tag as written ("" when there is none)
 * @param firstLineNumber the number of the first line when line numbers are on
 * @param highlighted line ranges to highlight, 1-based and inclusive, in the order written
 * @param minVersion the Python version an example needs ({@code 3.12}), for the content checks
 * @param label a VitePress {@code [label]}: the block's name in a code group
 * @param include the site file the block shows instead of its own lines, if any
 */
public record CodeInfo(String language, Optional<String> title, boolean lineNumbers,
    int firstLineNumber, List<LineRange> highlighted, Optional<String> minVersion,
    Optional<String> label, Optional<Include> include) {

  /** Lines {@code from} to {@code to}, inclusive. */
  public record LineRange(int from, int to) {
    public boolean contains(int line) {
      return line >= from && line <= to;
    }
  }

  /**
   * {@code file="examples/app.py" lines="3-10" section="name"}: the file to show, which of its
   * lines, and the offset of the file's value in the info string (for messages).
   */
  public record Include(String file, Optional<String> lines, Optional<String> section,
      int offset) {}

  public CodeInfo(String language, Optional<String> title, boolean lineNumbers,
      int firstLineNumber, List<LineRange> highlighted, Optional<String> minVersion) {
    this(language, title, lineNumbers, firstLineNumber, highlighted, minVersion,
        Optional.empty(), Optional.empty());
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

  /** This info with {@code more} highlighted lines (from magic comments in the code). */
  public CodeInfo withHighlighted(List<LineRange> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<LineRange> all = new ArrayList<>(highlighted);
    all.addAll(more);
    return new CodeInfo(language, title, lineNumbers, firstLineNumber, List.copyOf(all),
        minVersion, label, include);
  }

  /** The caption shown above the block: its title, else its label. */
  public Optional<String> caption() {
    return title.or(() -> label);
  }
}
