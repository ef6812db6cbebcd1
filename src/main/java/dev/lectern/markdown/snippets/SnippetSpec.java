package dev.lectern.markdown.snippets;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What to include: a path, and optionally line ranges or a named section of the file, as
 * pymdownx.snippets writes them after the path: {@code file.py:3:10} (lines 3 to 10),
 * {@code file.py:3} (3 to the end), {@code file.py::10} (1 to 10), {@code file.py:1:3,6:8}
 * (several ranges) and {@code file.py:name} (the lines between {@code --8<-- [start:name]} and
 * {@code --8<-- [end:name]}).
 *
 * @param ranges 1-based inclusive ranges; an end of 0 means the last line
 */
record SnippetSpec(String path, List<Range> ranges, Optional<String> section) {
  private static final Pattern RANGES = Pattern.compile(
      ":[0-9]{0,7}(?::[0-9]{0,7})?(?:,[0-9]{0,7}(?::[0-9]{0,7})?)*+");
  private static final Pattern SECTION = Pattern.compile(":[a-z][-_0-9a-z]*+",
      Pattern.CASE_INSENSITIVE);

  /** Lines {@code from} to {@code to} (0: the last line), 1-based. */
  record Range(int from, int to) {}

  /** The spec written after {@code --8<--}, without its quotes. */
  static SnippetSpec parse(String written) {
    // The suffix starts at the first ':' after the last '/' ("C:/x" and URLs keep theirs).
    int slash = written.lastIndexOf('/');
    int colon = written.indexOf(':', slash + 1);
    if (colon <= 0 || written.contains("://") || colon == 1 && slash < 0) {
      return new SnippetSpec(written, List.of(), Optional.empty());
    }
    String path = written.substring(0, colon);
    String suffix = written.substring(colon);
    if (RANGES.matcher(suffix).matches()) {
      List<Range> list = new ArrayList<>();
      for (String part : suffix.substring(1).split(",")) {
        String[] ends = part.split(":", -1);
        int from = ends[0].isEmpty() ? 1 : number(ends[0]);
        int to = ends.length < 2 || ends[1].isEmpty() ? 0 : number(ends[1]);
        list.add(new Range(Math.max(from, 1), to));
      }
      return new SnippetSpec(path, List.copyOf(list), Optional.empty());
    }
    if (SECTION.matcher(suffix).matches()) {
      return new SnippetSpec(path, List.of(), Optional.of(suffix.substring(1)));
    }
    return new SnippetSpec(written, List.of(), Optional.empty());
  }

  /**
   * Lectern's fence options: {@code lines="3-10"} or {@code "3-10 15-20"} or
   * {@code "3:10,15:20"}; empty if malformed.
   */
  static Optional<List<Range>> lines(String written) {
    List<Range> list = new ArrayList<>();
    for (String part : written.strip().split("[\\s,]+")) {
      Matcher m = Pattern.compile("([0-9]{1,7})?(?:[-:]([0-9]{1,7})?)?").matcher(part);
      if (part.isEmpty() || !m.matches()) {
        return Optional.empty();
      }
      int from = m.group(1) == null ? 1 : Integer.parseInt(m.group(1));
      boolean single = !part.contains("-") && !part.contains(":");
      int to = single ? from : m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
      list.add(new Range(Math.max(from, 1), to));
    }
    return Optional.of(List.copyOf(list));
  }

  private static int number(String digits) {
    return Integer.parseInt(digits);
  }
}
