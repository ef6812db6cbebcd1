package dev.lectern.markdown.code;

import dev.lectern.markdown.code.CodeInfo.LineRange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Highlighting written inside the code, as Docusaurus and VitePress read it, taken out of the
 * shown code: a line holding only a comment {@code highlight-next-line}, {@code highlight-start}
 * or {@code highlight-end} (in any comment syntax: {@code //}, {@code #}, {@code --},
 * {@code /* … *}{@code /}, {@code <!-- … -->}, {@code {/* … *}{@code /}}), and a trailing
 * {@code // [!code highlight]} on a line.
 */
final class MagicComments {
  private static final Pattern WHOLE_LINE = Pattern.compile(
      "\\s*(?://|#|--|%|;|/\\*|<!--|\\{/\\*)\\s*(highlight-next-line|highlight-start|highlight-end)"
          + "\\s*(?:\\*/\\}?|-->)?\\s*");
  private static final Pattern TRAILING = Pattern.compile(
      "\\s*(?://|#|--|<!--|/\\*)\\s*\\[!code ([a-z]+|\\+\\+|--)(?::\\d+)?\\]\\s*(?:-->|\\*/)?\\s*$");

  private MagicComments() {}

  /** A problem on line {@code line} (1-based) of the block's source. */
  record Problem(int line, String message, String hint) {}

  /** The code without its magic comments, the lines they highlight and what was wrong. */
  record Result(String code, List<LineRange> ranges, List<Problem> problems) {}

  /** True if {@code code} may hold magic comments: a cheap test before the line-by-line pass. */
  static boolean mayHave(String code) {
    return code.contains("highlight-") || code.contains("[!code ");
  }

  static Result apply(String code) {
    String[] lines = code.split("\n", -1);
    int last = code.endsWith("\n") ? lines.length - 1 : lines.length;
    Pass pass = new Pass(code.length());
    for (int i = 0; i < last; i++) {
      Matcher whole = WHOLE_LINE.matcher(lines[i]);
      if (whole.matches()) {
        pass.marker(whole.group(1), i + 1);
      } else {
        pass.line(lines[i], i + 1);
      }
    }
    pass.end(last);
    String shown = pass.out.toString();
    String result = code.endsWith("\n") || shown.isEmpty() ? shown
        : shown.substring(0, shown.length() - 1);
    return new Result(result, List.copyOf(pass.ranges), List.copyOf(pass.problems));
  }

  /** One pass over a block's lines: what is shown, what is highlighted, what was wrong. */
  private static final class Pass {
    final StringBuilder out;
    final List<LineRange> ranges = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();
    private final Set<String> kinds = new HashSet<>();
    private int shown;
    private int startedAt = -1;
    private int startSource;
    private boolean nextLine;

    Pass(int length) {
      out = new StringBuilder(length);
    }

    /** A line holding only a {@code highlight-…} comment, at source line {@code at}. */
    void marker(String marker, int at) {
      switch (marker) {
        case "highlight-next-line" -> nextLine = true;
        case "highlight-start" -> {
          if (startedAt < 0) {
            startedAt = shown + 1;
            startSource = at;
          }
        }
        default -> {
          if (startedAt < 0) {
            problems.add(new Problem(at, "'highlight-end' without a 'highlight-start' "
                + "before it", "add 'highlight-start' above the lines to highlight"));
          } else if (shown >= startedAt) {
            ranges.add(new LineRange(startedAt, shown));
          }
          startedAt = -1;
        }
      }
    }

    /** A shown line, perhaps ending in a {@code [!code …]} comment. */
    void line(String line, int at) {
      Matcher trailing = TRAILING.matcher(line);
      boolean mark = nextLine;
      if (trailing.find()) {
        line = line.substring(0, trailing.start());
        mark = true;
        String kind = trailing.group(1);
        if (!kind.equals("highlight") && !kind.equals("hl") && kinds.add(kind)
            && kinds.size() <= 3) {
          problems.add(new Problem(at, "'[!code " + kind + "]' is shown as a highlighted line",
              "Lectern highlights lines but has no focus, diff or error marks"));
        }
      }
      shown++;
      if (mark) {
        ranges.add(new LineRange(shown, shown));
      }
      nextLine = false;
      out.append(line).append('\n');
    }

    /** After the last line ({@code last}): a range left open, a marker with no line after it. */
    void end(int last) {
      if (startedAt >= 0) {
        problems.add(new Problem(startSource, "'highlight-start' is never ended; the lines after "
            + "it are highlighted to the end of the block", "add 'highlight-end' after the last "
            + "line to highlight"));
        if (shown >= startedAt) {
          ranges.add(new LineRange(startedAt, shown));
        }
      }
      if (nextLine) {
        problems.add(new Problem(last, "'highlight-next-line' on the block's last line "
            + "highlights nothing", "remove it"));
      }
    }
  }
}
