package dev.lectern.diagnostic;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints diagnostics as compilers do: {@code file:line:col: message}, then the source line and a
 * caret under the column, then the hint.
 */
public final class DiagnosticReporter {
  private final Path sourceRoot;
  private final PrintStream err;
  private final Map<String, List<String>> files = new HashMap<>();

  public DiagnosticReporter(Path sourceRoot, PrintStream err) {
    this.sourceRoot = sourceRoot;
    this.err = err;
  }

  /** Prints every diagnostic, sorted by file and position. */
  public void report(List<Diagnostic> diagnostics) {
    diagnostics.stream().sorted(Diagnostic.ORDER).forEach(d -> err.print(format(d)));
  }

  /** One diagnostic with its source line, caret and hint, ending in a line break. */
  public String format(Diagnostic d) {
    StringBuilder s = new StringBuilder(d.headline()).append('\n');
    String line = sourceLine(d.file(), d.line());
    if (line != null) {
      String shown = line.replace('\t', ' ');
      s.append("    ").append(shown).append('\n');
      if (d.column() > 0) {
        s.append("    ").append(" ".repeat(Math.min(d.column() - 1, shown.length()))).append("^\n");
      }
    }
    if (!d.hint().isEmpty()) {
      s.append("    hint: ").append(d.hint()).append('\n');
    }
    return s.toString();
  }

  private String sourceLine(String file, int line) {
    if (line <= 0) {
      return null;
    }
    List<String> lines = files.computeIfAbsent(file, this::read);
    return line <= lines.size() ? lines.get(line - 1) : null;
  }

  private List<String> read(String file) {
    Path path = sourceRoot.resolve(file);
    try {
      return Files.isRegularFile(path) ? Files.readAllLines(path, StandardCharsets.UTF_8) : List.of();
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }
}
