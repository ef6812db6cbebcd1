package dev.lectern.memo;

import java.util.HexFormat;

/**
 * A 128-bit digest of a value's inputs (the first half of their SHA-256). Two inputs with the
 * same fingerprint are taken to be the same input.
 */
public record Fingerprint(long high, long low) {

  /** The fingerprint's 32 hex digits. */
  public String hex() {
    return HexFormat.of().toHexDigits(high) + HexFormat.of().toHexDigits(low);
  }

  /** The fingerprint of 16 bytes, big-endian. */
  static Fingerprint of(byte[] digest) {
    long h = 0;
    long l = 0;
    for (int i = 0; i < 8; i++) {
      h = h << 8 | (digest[i] & 0xff);
      l = l << 8 | (digest[i + 8] & 0xff);
    }
    return new Fingerprint(h, l);
  }

  @Override
  public String toString() {
    return hex();
  }
}
