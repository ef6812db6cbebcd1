package dev.lectern.diagnostic;

import java.util.Comparator;

/**
 * A problem found in a user's input, kept as a value with its source position until it is reported.
 *
 * @param file path relative to the site's source root, with forward slashes ({@code content/a.md})
 * @param line 1-based line, or 0 when the problem concerns the whole file
 * @param column 1-based column, or 0 when unknown
 * @param hint what the user can do about it, or empty
 */
public record Diagnostic(
    Severity severity, String file, int line, int column, String message, String hint) {

  /** Sorts by file, then position, then message, so reports are stable. */
  public static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::file)
          .thenComparingInt(Diagnostic::line)
          .thenComparingInt(Diagnostic::column)
          .thenComparing(Diagnostic::severity)
          .thenComparing(Diagnostic::message);

  public Diagnostic {
    hint = hint == null ? "" : hint;
  }

  public static Diagnostic error(SourcePosition at, String message, String hint) {
    return new Diagnostic(Severity.ERROR, at.file(), at.line(), at.column(), message, hint);
  }

  public static Diagnostic warning(SourcePosition at, String message, String hint) {
    return new Diagnostic(Severity.WARNING, at.file(), at.line(), at.column(), message, hint);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The one-line form, {@code file:line:col: message}; warnings say so after the position. */
  public String headline() {
    StringBuilder s = new StringBuilder(file);
    if (line > 0) {
      s.append(':').append(line);
      if (column > 0) {
        s.append(':').append(column);
      }
    }
    s.append(": ");
    if (severity == Severity.WARNING) {
      s.append("warning: ");
    }
    return s.append(message).toString();
  }
}
