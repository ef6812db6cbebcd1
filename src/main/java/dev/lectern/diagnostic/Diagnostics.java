package dev.lectern.diagnostic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A thread-safe collector of diagnostics. Stages add to it; the build reads it between stages.
 * Identical diagnostics (the same template error on many pages) are kept once.
 */
public final class Diagnostics {
  private final Set<Diagnostic> items = new LinkedHashSet<>();

  public synchronized void add(Diagnostic d) {
    items.add(d);
  }

  public void error(SourcePosition at, String message, String hint) {
    add(Diagnostic.error(at, message, hint));
  }

  public void warning(SourcePosition at, String message, String hint) {
    add(Diagnostic.warning(at, message, hint));
  }

  public synchronized boolean hasErrors() {
    return items.stream().anyMatch(Diagnostic::isError);
  }

  /** Everything collected so far, sorted by {@link Diagnostic#ORDER}. */
  public synchronized List<Diagnostic> sorted() {
    List<Diagnostic> list = new ArrayList<>(items);
    list.sort(Diagnostic.ORDER);
    return List.copyOf(list);
  }

  /** Throws {@link BuildFailedException} carrying every diagnostic if any of them is an error. */
  public void throwIfErrors() {
    if (hasErrors()) {
      throw new BuildFailedException(sorted());
    }
  }
}
