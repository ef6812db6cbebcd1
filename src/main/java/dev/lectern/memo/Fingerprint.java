package dev.lectern.memo;

import java.util.HexFormat;

/**
 * A 128-bit digest of a value's inputs (see {@link Digester}). Two inputs with the same
 * fingerprint are taken to be the same input.
 */
public record Fingerprint(long high, long low) {

  /** The fingerprint's 32 hex digits. */
  public String hex() {
    return HexFormat.of().toHexDigits(high) + HexFormat.of().toHexDigits(low);
  }

  @Override
  public String toString() {
    return hex();
  }
}
