package dev.lectern.markdown.code;

import dev.lectern.diagnostic.Suggestions;
import dev.lectern.markdown.code.CodeInfo.Include;
import dev.lectern.markdown.code.CodeInfo.LineRange;
import dev.lectern.markdown.code.InfoTokens.Kind;
import dev.lectern.markdown.code.InfoTokens.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Parses fence info strings in Lectern's syntax and in the syntax of the usual docs tools.
 * Lectern's: an optional language first, then in any order {@code title="…"} (or single
 * quotes), {@code linenums} or {@code linenums=N}, {@code min-version=3.12} (the Python version
 * the example needs), {@code {N,N-M}} line ranges (also right after the language,
 * {@code python{2}}), and {@code file="…" lines="3-10" section="name"} to show a file of the
 * site. Other tools': pymdownx {@code hl_lines="1 3-4"}, {@code linenums="1"} and attribute lists
 * {@code { .python title="a.py" }}; Docusaurus {@code showLineNumbers[=N]}; VitePress
 * {@code :line-numbers[=N]}, {@code :no-line-numbers} and {@code [label]}; Hugo
 * {@code {linenos=table, hl_lines=[2,"4-5"], linenostart=10}}.
 *
 * <p>Malformed syntax (an unclosed quote, a bad range) is a {@link Problem}; an option Lectern
 * does not know is a warning and is ignored, so a page written for another tool still renders.
 */
public final class InfoStringParser {
  /** The accepted form, for error hints. */
  public static final String FORM = "```LANG title=\"file.py\" linenums=1 {2,4-6}";
  private static final Set<String> KNOWN = Set.of("title", "linenums", "min-version", "hl_lines",
      "showLineNumbers", "linenos", "linenostart", "file", "lines", "section");
  /** Options of other tools that Lectern recognises but does not reproduce. */
  private static final Set<String> IGNORED = Set.of("live", "noInline", "anchor_linenums",
      "line_spans", "linenums_style", "hl_inline", "lineanchors", "anchorlinenos", "style",
      "noclasses", "twoslash", ".annotate", ".no-copy", ".select");

  /** At most this many options of one info string are warned about. */
  private static final int MAX_WARNINGS = 2;

  private final String text;
  private String language = "";
  private Optional<String> title = Optional.empty();
  private Optional<String> label = Optional.empty();
  private Optional<String> minVersion = Optional.empty();
  private boolean lineNumbers;
  private int firstLine = 1;
  private final List<LineRange> ranges = new ArrayList<>();
  private String file;
  private String lines;
  private String section;
  private int fileOffset;
  private final List<Problem> warnings = new ArrayList<>();
  private final Set<String> ignored = new HashSet<>();

  private InfoStringParser(String text) {
    this.text = text;
  }

  /** A problem at {@code offset} (0-based) in the info string. */
  public record Problem(int offset, String message, String hint) {}

  /**
   * The result: the info, or the first problem; and the options ignored with a warning, each
   * once, in the order written.
   */
  public record Result(Optional<CodeInfo> info, Optional<Problem> problem,
      List<Problem> warnings) {}

  public static Result parse(String info) {
    InfoStringParser p = new InfoStringParser(info);
    try {
      p.parseAll();
      Optional<Include> include = p.file == null ? Optional.empty()
          : Optional.of(new Include(p.file, Optional.ofNullable(p.lines),
              Optional.ofNullable(p.section), p.fileOffset));
      return new Result(Optional.of(new CodeInfo(p.language, p.title, p.lineNumbers, p.firstLine,
          List.copyOf(p.ranges), p.minVersion, p.label, include)), Optional.empty(),
          List.copyOf(p.warnings));
    } catch (InfoTokens.Malformed m) {
      return new Result(Optional.empty(), Optional.of(new Problem(m.offset, m.getMessage(),
          "write the fence as " + FORM)), List.of());
    } catch (Failure f) {
      return new Result(Optional.empty(), Optional.of(f.problem), List.of());
    }
  }

  private void parseAll() {
    List<Token> tokens = InfoTokens.split(text);
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (i == 0 && t.kind() == Kind.WORD && !KNOWN.contains(t.name())
          && !t.name().startsWith(".")) {
        language = t.name();
      } else {
        option(t);
      }
    }
    if (file == null && (lines != null || section != null)) {
      throw fail(0, "'lines' and 'section' need a file to take them from",
          "add file=\"path/to/file\" to the fence");
    }
  }

  private void option(Token t) {
    switch (t.kind()) {
      case BRACES -> braces(t);
      case BRACKETS -> label = Optional.of(t.name().strip());
      case COLON -> colon(t);
      case WORD -> flag(t);
      case KEY_VALUE -> keyValue(t.name(), t.value(), t.offset(), t.valueOffset());
    }
  }

  /** {@code {1,4-6}} line ranges, or an attribute list such as {@code { .python linenums="1" }}. */
  private void braces(Token t) {
    String inside = t.name().strip();
    if (!inside.contains("=") && !inside.startsWith(".") && !inside.startsWith("#")) {
      commaRanges(t.name(), t.valueOffset());
      return;
    }
    for (Token item : InfoTokens.attributes(t.name(), t.valueOffset())) {
      if (item.kind() == Kind.KEY_VALUE) {
        keyValue(item.name(), item.value(), item.offset(), item.valueOffset());
      } else if (item.name().startsWith(".") && language.isEmpty()) {
        language = item.name().substring(1);
      } else {
        flag(item);
      }
    }
  }

  private void colon(Token t) {
    switch (t.name()) {
      case "line-numbers" -> {
        lineNumbers = true;
        if (t.value() != null) {
          firstLine = positiveNumber(t.value(), t.valueOffset(), ":line-numbers");
        }
      }
      case "no-line-numbers" -> lineNumbers = false;
      default -> ignore(t.offset(), ":" + t.name(), Set.of(":line-numbers", ":no-line-numbers"));
    }
  }

  private void flag(Token t) {
    switch (t.name()) {
      case "linenums", "showLineNumbers" -> lineNumbers = true;
      case "title", "min-version", "file", "lines", "section", "hl_lines" ->
          throw fail(t.offset(), "'" + t.name() + "' needs a value, e.g. " + example(t.name()),
              "write the fence as " + FORM);
      default -> ignore(t.offset(), t.name(), KNOWN);
    }
  }

  private void keyValue(String key, String value, int at, int valueAt) {
    switch (key) {
      case "title" -> title = Optional.of(value);
      case "linenums", "showLineNumbers" -> {
        lineNumbers = true;
        firstLine = firstNumber(value, valueAt, key);
      }
      case "linenos" -> lineNumbers = !value.equals("false");
      case "linenostart" -> firstLine = positiveNumber(value, valueAt, key);
      case "hl_lines" -> spaceRanges(value, valueAt);
      case "min-version" -> {
        if (!value.matches("3\\.\\d{1,2}")) {
          throw fail(valueAt, "'" + value + "' is not a Python version; write e.g. "
              + "min-version=3.12", "write the fence as " + FORM);
        }
        minVersion = Optional.of(value);
      }
      case "file" -> {
        file = value;
        fileOffset = valueAt;
      }
      case "lines" -> lines = value;
      case "section" -> section = value;
      default -> ignore(at, key, KNOWN);
    }
  }

  /** {@code linenums="1"} or pymdownx's {@code linenums="1 2"} (start, step): the start. */
  private int firstNumber(String value, int at, String key) {
    String[] parts = value.strip().split("\\s+");
    if (parts.length > 1) {
      warnings.add(new Problem(at, "only the first number of " + key + "=\"" + value
          + "\" is used (the line to start counting at)", "write " + key + "=" + parts[0]));
    }
    return positiveNumber(parts[0], at, key);
  }

  private void ignore(int at, String option, Set<String> known) {
    if (!ignored.add(option) || ignored.size() > MAX_WARNINGS) {
      return;
    }
    if (IGNORED.contains(option)) {
      warnings.add(new Problem(at, "code block option '" + option + "' is not supported; it is "
          + "ignored", "remove it, or keep it for the other tool that reads this page"));
      return;
    }
    String hint = Suggestions.closest(option, known).map(c -> "did you mean '" + c + "'?")
        .orElse("Lectern reads " + FORM + ", and hl_lines, showLineNumbers, :line-numbers");
    warnings.add(new Problem(at, "unknown code block option '" + option + "'; it is ignored",
        hint));
  }

  private static String example(String key) {
    return switch (key) {
      case "title" -> "title=\"app.py\"";
      case "min-version" -> "min-version=3.12";
      case "hl_lines" -> "hl_lines=\"1 3-4\"";
      case "lines" -> "lines=\"3-10\"";
      case "section" -> "section=\"name\"";
      default -> "file=\"examples/app.py\"";
    };
  }

  /** Docusaurus and Lectern {@code 1,4-6}, offsets from {@code base}. */
  private void commaRanges(String inside, int base) {
    int offset = base;
    for (String part : inside.split(",", -1)) {
      int lead = part.length() - part.stripLeading().length();
      range(part.strip(), offset + lead);
      offset += part.length() + 1;
    }
  }

  /** pymdownx {@code "1 3-4"}, or Hugo's {@code [8,"15-17"]}. */
  private void spaceRanges(String value, int base) {
    String v = value.replaceAll("[\\[\\]\"',]", " ");
    int i = 0;
    while (i < v.length()) {
      while (i < v.length() && v.charAt(i) == ' ') {
        i++;
      }
      int start = i;
      while (i < v.length() && v.charAt(i) != ' ') {
        i++;
      }
      if (i > start) {
        range(v.substring(start, i), base + start);
      }
    }
  }

  private void range(String part, int at) {
    String[] ends = part.split("-", -1);
    if (part.isEmpty() || ends.length > 2) {
      throw fail(at, "bad line range '" + part + "'", "write the fence as " + FORM);
    }
    int from = positiveNumber(ends[0].strip(), at, "a line range");
    int to = ends.length == 2 ? positiveNumber(ends[1].strip(), at, "a line range") : from;
    if (to < from) {
      throw fail(at, "bad line range '" + part + "': it ends before it starts",
          "write the fence as " + FORM);
    }
    ranges.add(new LineRange(from, to));
  }

  private int positiveNumber(String s, int at, String what) {
    if (!s.matches("[0-9]{1,7}") || Integer.parseInt(s) < 1) {
      throw fail(at, "'" + s + "' is not a line number in " + what,
          "write the fence as " + FORM);
    }
    return Integer.parseInt(s);
  }

  private static Failure fail(int offset, String message, String hint) {
    return new Failure(new Problem(offset, message, hint));
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
