package dev.lectern.render;

import dev.lectern.diagnostic.Diagnostic;

/** A template failed to compile or render; carries the diagnostic that names file and line. */
public final class TemplateException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Diagnostic diagnostic;

  public TemplateException(Diagnostic diagnostic, Throwable cause) {
    super(diagnostic.headline(), cause);
    this.diagnostic = diagnostic;
  }

  public Diagnostic diagnostic() {
    return diagnostic;
  }
}
