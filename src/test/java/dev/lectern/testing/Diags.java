package dev.lectern.testing;

import dev.lectern.diagnostic.Diagnostic;
import dev.lectern.diagnostic.Diagnostics;
import java.util.List;

/** Diagnostics as their one-line headlines, for compact assertions. */
public final class Diags {
  private Diags() {}

  public static List<String> headlines(Diagnostics d) {
    return d.sorted().stream().map(Diagnostic::headline).toList();
  }

  /** Only the errors' headlines, for tests that do not care about warnings. */
  public static List<String> errors(Diagnostics d) {
    return d.sorted().stream().filter(Diagnostic::isError).map(Diagnostic::headline).toList();
  }

  public static List<String> errors(List<Diagnostic> d) {
    return d.stream().sorted(Diagnostic.ORDER).filter(Diagnostic::isError)
        .map(Diagnostic::headline).toList();
  }

  public static List<String> headlines(List<Diagnostic> d) {
    return d.stream().sorted(Diagnostic.ORDER).map(Diagnostic::headline).toList();
  }
}
