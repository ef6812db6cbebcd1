package dev.lectern.render;

import dev.lectern.diagnostic.Diagnostic;
import dev.lectern.diagnostic.SourcePosition;
import dev.lectern.diagnostic.Suggestions;
import io.pebbletemplates.pebble.error.AttributeNotFoundException;
import io.pebbletemplates.pebble.error.ParserException;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.error.RootAttributeNotFoundException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Pebble's exceptions into diagnostics a theme author can act on: template file and line,
 * a caret at the offending name where it can be found, and for an unknown attribute of one of
 * our views the attributes that do exist.
 */
final class TemplateErrors {
  private static final Pattern OWNER = Pattern.compile("of \\[([\\w.$]+)\\]");

  private TemplateErrors() {}

  /**
   * @param source reads a template's text by name, or null if it cannot be read
   */
  static Diagnostic of(PebbleException e, String requested, Function<String, String> source) {
    String name = e.getFileName() != null ? e.getFileName() : requested;
    int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
    String lineText = lineOf(source.apply(name), line);
    String message;
    String hint;
    String needle = null;
    if (e instanceof RootAttributeNotFoundException r) {
      message = "unknown variable '" + r.getAttributeName() + "'";
      hint = Suggestions.didYouMean(r.getAttributeName(), List.of("site", "page", "nav", "section"));
      needle = r.getAttributeName();
    } else if (e instanceof AttributeNotFoundException a) {
      List<String> known = attributesOf(e.getPebbleMessage());
      message = "unknown attribute '" + a.getAttributeName() + "'";
      hint = known.isEmpty() ? "" : Suggestions.didYouMean(a.getAttributeName(), known);
      needle = "." + a.getAttributeName();
    } else if (e instanceof ParserException) {
      message = "template syntax: " + e.getPebbleMessage().strip();
      hint = "check that every {% if %}, {% for %} and {% block %} before this line is closed";
    } else if (String.valueOf(e.getPebbleMessage()).contains("Wrong operand(s) type")) {
      // Pebble's strict mode reports a missing attribute inside an 'is empty' test this way.
      message = "template error: a test on this line got a value that does not exist or has the"
          + " wrong type";
      hint = "check the names on this line: templates see 'site', 'page', 'nav' and 'section',"
          + " and a misspelled attribute is an error";
    } else {
      message = "template error: " + String.valueOf(e.getPebbleMessage()).strip();
      hint = "";
    }
    int column = column(lineText, needle);
    return Diagnostic.error(new SourcePosition(Templates.FOLDER + "/" + name, line, column),
        message, hint);
  }

  /** The accessor names of the record a Pebble message names as the owner, if it is one of ours. */
  private static List<String> attributesOf(String pebbleMessage) {
    Matcher m = OWNER.matcher(String.valueOf(pebbleMessage));
    if (!m.find()) {
      return List.of();
    }
    try {
      Class<?> owner = Class.forName(m.group(1), false, TemplateErrors.class.getClassLoader());
      return owner.isRecord() ? Arrays.stream(owner.getRecordComponents())
          .map(c -> c.getName()).sorted().toList() : List.of();
    } catch (ClassNotFoundException ex) {
      return List.of();
    }
  }

  private static String lineOf(String text, int line) {
    if (text == null || line <= 0) {
      return null;
    }
    String[] lines = text.split("\n", -1);
    return line <= lines.length ? lines[line - 1] : null;
  }

  /** The column of {@code needle} in the line, else of its first non-blank character. */
  private static int column(String lineText, String needle) {
    if (lineText == null) {
      return 0;
    }
    int at = needle == null ? -1 : lineText.indexOf(needle);
    if (at >= 0) {
      return at + (needle.startsWith(".") ? 2 : 1);
    }
    int col = 0;
    while (col < lineText.length() && Character.isWhitespace(lineText.charAt(col))) {
      col++;
    }
    return col + 1;
  }
}
