package dev.lectern.diagnostic;

import java.util.List;

/** Thrown when a stage found errors in the user's input; carries every diagnostic found so far. */
public final class BuildFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<Diagnostic> diagnostics;

  public BuildFailedException(List<Diagnostic> diagnostics) {
    super(diagnostics.stream().filter(Diagnostic::isError).count() + " error(s)");
    this.diagnostics = List.copyOf(diagnostics);
  }

  public BuildFailedException(Diagnostic single) {
    this(List.of(single));
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
