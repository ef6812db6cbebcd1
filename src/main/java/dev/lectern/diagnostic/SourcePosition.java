package dev.lectern.diagnostic;

/**
 * A place in a source file: path relative to the source root, 1-based line and column (0 = unknown).
 */
public record SourcePosition(String file, int line, int column) {

  public static SourcePosition of(String file) {
    return new SourcePosition(file, 0, 0);
  }

  /** The same place moved down by {@code lines} (for text embedded in a larger file). */
  public SourcePosition shiftedDown(int lines) {
    return new SourcePosition(file, line + lines, column);
  }
}
