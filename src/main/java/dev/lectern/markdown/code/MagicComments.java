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
    StringBuilder out = new StringBuilder(code.length());
    List<LineRange> ranges = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Set<String> kinds = new HashSet<>();
    int shown = 0;
    int startedAt = -1;
    int startSource = 0;
    boolean nextLine = false;
    int last = code.endsWith("\n") ? lines.length - 1 : lines.length;
    for (int i = 0; i < last; i++) {
      Matcher whole = WHOLE_LINE.matcher(lines[i]);
      if (whole.matches()) {
        switch (whole.group(1)) {
          case "highlight-next-line" -> nextLine = true;
          case "highlight-start" -> {
            if (startedAt < 0) {
              startedAt = shown + 1;
              startSource = i + 1;
            }
          }
          default -> {
            if (startedAt < 0) {
              problems.add(new Problem(i + 1, "'highlight-end' without a 'highlight-start' "
                  + "before it", "add 'highlight-start' above the lines to highlight"));
            } else if (shown >= startedAt) {
              ranges.add(new LineRange(startedAt, shown));
            }
            startedAt = -1;
          }
        }
        continue;
      }
      String line = lines[i];
      Matcher trailing = TRAILING.matcher(line);
      boolean mark = nextLine;
      if (trailing.find()) {
        line = line.substring(0, trailing.start());
        mark = true;
        String kind = trailing.group(1);
        if (!kind.equals("highlight") && !kind.equals("hl") && kinds.add(kind)
            && kinds.size() <= 3) {
          problems.add(new Problem(i + 1, "'[!code " + kind + "]' is shown as a highlighted line",
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
    if (startedAt >= 0) {
      problems.add(new Problem(startSource, "'highlight-start' is never ended; the lines after it "
          + "are highlighted to the end of the block", "add 'highlight-end' after the last line to "
          + "highlight"));
      if (shown >= startedAt) {
        ranges.add(new LineRange(startedAt, shown));
      }
    }
    if (nextLine) {
      problems.add(new Problem(last, "'highlight-next-line' on the block's last line highlights "
          + "nothing", "remove it"));
    }
    String result = code.endsWith("\n") || out.length() == 0 ? out.toString()
        : out.substring(0, out.length() - 1);
    return new Result(result, List.copyOf(ranges), List.copyOf(problems));
  }
}
