package dev.lectern.content;

import java.util.Optional;

/**
 * A Markdown file split into its front matter and its body. Front matter is a YAML block at the
 * very top, opened by a line {@code ---} and closed by the next line {@code ---} or {@code ...}
 * (or, as Hugo writes it, TOML between {@code +++} lines); a block with nothing between the two
 * lines is an empty mapping. The body keeps the file's line numbers: the block is replaced by as
 * many empty lines.
 *
 * @param yaml the YAML (or TOML) between the two lines ("" when there is none)
 * @param present true if the file has a front-matter block, empty or not
 * @param body the rest of the file, preceded by one empty line per line of the block
 * @param toml true for a TOML block
 */
record FrontMatterBlock(String yaml, boolean present, String body, boolean toml) {
  /** The first line of the YAML inside a block: the line after the opening {@code ---}. */
  static final int YAML_FIRST_LINE = 2;

  /** {@code text} split; empty when a block is opened but never closed. */
  static Optional<FrontMatterBlock> split(String text) {
    int firstEnd = lineEnd(text, 0);
    String fence = text.substring(0, firstEnd).stripTrailing();
    boolean toml = fence.equals("+++");
    if (!isFence(text, 0, firstEnd, false) && !toml) {
      return Optional.of(new FrontMatterBlock("", false, text, false));
    }
    int lines = 1;
    for (int start = next(text, firstEnd); start >= 0; start = next(text, lineEnd(text, start))) {
      int end = lineEnd(text, start);
      lines++;
      if (toml ? text.substring(start, end).stripTrailing().equals("+++")
          : isFence(text, start, end, true)) {
        String yaml = text.substring(next(text, firstEnd), start);
        int after = next(text, end);
        String rest = after < 0 ? "" : text.substring(after);
        return Optional.of(new FrontMatterBlock(yaml, true, "\n".repeat(lines) + rest, toml));
      }
    }
    return Optional.empty();
  }

  /** True for a line of three dashes (or, to close, three dots), trailing blanks allowed. */
  private static boolean isFence(String text, int start, int end, boolean closing) {
    String line = text.substring(start, end).stripTrailing();
    return line.equals("---") || closing && line.equals("...");
  }

  private static int lineEnd(String text, int start) {
    int nl = text.indexOf('\n', start);
    return nl < 0 ? text.length() : nl;
  }

  /** The start of the line after the one ending at {@code end}, or -1 at the end of the text. */
  private static int next(String text, int end) {
    return end < text.length() ? end + 1 : -1;
  }
}
