package dev.lectern.markdown.code;

import dev.lectern.diagnostic.Suggestions;
import dev.lectern.markdown.code.CodeInfo.LineRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Parses fence info strings: an optional language first, then in any order {@code title="…"}
 * (or single quotes), {@code linenums} or {@code linenums=N}, {@code min-version=3.12} (the
 * Python version the example needs), and {@code {N,N-M}} line ranges, which may also follow the
 * language directly ({@code python{2}}).
 */
public final class InfoStringParser {
  /** The accepted form, for error hints. */
  public static final String FORM = "```LANG title=\"file.py\" linenums=1 {2,4-6}";
  private static final Set<String> KEYS = Set.of("title", "linenums", "min-version");

  private final String text;
  private int pos;
  private String language = "";
  private Optional<String> title = Optional.empty();
  private Optional<String> minVersion = Optional.empty();
  private boolean lineNumbers;
  private int firstLine = 1;
  private final List<LineRange> ranges = new ArrayList<>();

  private InfoStringParser(String text) {
    this.text = text;
  }

  /** A problem at {@code offset} (0-based) in the info string. */
  public record Problem(int offset, String message, String hint) {}

  /** The result: the info, or the first problem. */
  public record Result(Optional<CodeInfo> info, Optional<Problem> problem) {}

  public static Result parse(String info) {
    InfoStringParser p = new InfoStringParser(info);
    try {
      p.parseAll();
      return new Result(Optional.of(new CodeInfo(p.language, p.title, p.lineNumbers, p.firstLine,
          List.copyOf(p.ranges), p.minVersion)), Optional.empty());
    } catch (Failure f) {
      return new Result(Optional.empty(), Optional.of(f.problem));
    }
  }

  private void parseAll() {
    skipSpaces();
    if (pos < text.length() && text.charAt(pos) != '{' && text.charAt(pos) != '['
        && !wordHasEquals()) {
      int start = pos;
      while (pos < text.length() && !Character.isWhitespace(text.charAt(pos))
          && text.charAt(pos) != '{') {
        pos++;
      }
      language = text.substring(start, pos);
    }
    while (true) {
      skipSpaces();
      if (pos >= text.length()) {
        return;
      }
      if (text.charAt(pos) == '{') {
        ranges();
      } else if (text.charAt(pos) == '[' && text.indexOf(']', pos) > 0) {
        pos = text.indexOf(']', pos) + 1;  // VitePress' [label]: the tabs extension reads it
      } else {
        attribute();
      }
    }
  }

  private boolean wordHasEquals() {
    for (int i = pos; i < text.length() && !Character.isWhitespace(text.charAt(i)); i++) {
      if (text.charAt(i) == '=') {
        return true;
      }
    }
    return false;
  }

  private void attribute() {
    int start = pos;
    while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos))
        || text.charAt(pos) == '-' || text.charAt(pos) == '_')) {
      pos++;
    }
    String key = text.substring(start, pos);
    if (key.isEmpty()) {
      throw fail(start, "unexpected '" + text.charAt(start) + "' in the code fence's info string");
    }
    if (!KEYS.contains(key)) {
      throw new Failure(new Problem(start, "unknown code block option '" + key + "'",
          Suggestions.didYouMean(key, KEYS) + " Form: " + FORM));
    }
    boolean hasValue = pos < text.length() && text.charAt(pos) == '=';
    if (key.equals("linenums")) {
      lineNumbers = true;
      if (hasValue) {
        pos++;
        int at = pos;
        firstLine = positiveNumber(value(key), at, "linenums");
      }
      return;
    }
    if (!hasValue) {
      throw fail(start, "'" + key + "' needs a value, e.g. "
          + (key.equals("title") ? "title=\"app.py\"" : "min-version=3.12"));
    }
    pos++;
    int at = pos;
    String value = value(key);
    if (key.equals("title")) {
      title = Optional.of(value);
    } else if (!value.matches("3\\.\\d{1,2}")) {
      throw fail(at, "'" + value + "' is not a Python version; write e.g. min-version=3.12");
    } else {
      minVersion = Optional.of(value);
    }
  }

  private String value(String key) {
    if (pos >= text.length()) {
      throw fail(pos, "'" + key + "' needs a value after '='");
    }
    char quote = text.charAt(pos);
    if (quote == '"' || quote == '\'') {
      int open = pos;
      int close = text.indexOf(quote, pos + 1);
      if (close < 0) {
        throw fail(open, "unclosed quote in the value of '" + key + "'");
      }
      pos = close + 1;
      return text.substring(open + 1, close);
    }
    int start = pos;
    while (pos < text.length() && !Character.isWhitespace(text.charAt(pos))
        && text.charAt(pos) != '{') {
      pos++;
    }
    return text.substring(start, pos);
  }

  private void ranges() {
    int open = pos;
    int close = text.indexOf('}', pos);
    if (close < 0) {
      throw fail(open, "unclosed '{' in the line ranges");
    }
    int offset = open + 1;
    for (String part : text.substring(open + 1, close).split(",", -1)) {
      int lead = part.length() - part.stripLeading().length();
      range(part.strip(), offset + lead);
      offset += part.length() + 1;
    }
    pos = close + 1;
  }

  private void range(String part, int at) {
    String[] ends = part.split("-", -1);
    if (part.isEmpty() || ends.length > 2) {
      throw fail(at, "bad line range '" + part + "'");
    }
    int from = positiveNumber(ends[0].strip(), at, "a line range");
    int to = ends.length == 2 ? positiveNumber(ends[1].strip(), at, "a line range") : from;
    if (to < from) {
      throw fail(at, "bad line range '" + part + "': it ends before it starts");
    }
    ranges.add(new LineRange(from, to));
  }

  private int positiveNumber(String s, int at, String what) {
    if (!s.matches("[0-9]{1,7}") || Integer.parseInt(s) < 1) {
      throw fail(at, "'" + s + "' is not a line number in " + what);
    }
    return Integer.parseInt(s);
  }

  private void skipSpaces() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private static Failure fail(int offset, String message) {
    return new Failure(new Problem(offset, message, "write the fence as " + FORM));
  }

  /** Unwinds the parse with its problem. */
  private static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Problem problem;

    Failure(Problem problem) {
      super(problem.message(), null, false, false);
      this.problem = problem;
    }
  }
}
