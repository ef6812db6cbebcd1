package dev.lectern.init;

/** A reason {@code lectern init} wrote nothing: the user can fix it, so no stack trace. */
public final class InitException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String hint;

  public InitException(String message, String hint) {
    super(message);
    this.hint = hint;
  }

  /** What to do about it. */
  public String hint() {
    return hint;
  }
}
