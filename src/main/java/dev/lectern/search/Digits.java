package dev.lectern.search;

/**
 * The index's compact number strings: 64 characters that JSON needs no escape for, each holding
 * 5 bits of a number and, in its sixth bit, whether more follow (least significant first). Impact
 * levels take one character of all 6 bits. {@code search-engine.js} reads them back.
 */
final class Digits {
  static final String ALPHABET =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

  private Digits() {}

  /** Appends {@code value} (zero or more). */
  static void varint(StringBuilder out, int value) {
    int v = value;
    while (v >= 32) {
      out.append(ALPHABET.charAt((v & 31) | 32));
      v >>>= 5;
    }
    out.append(ALPHABET.charAt(v));
  }

  /** The character of a 6-bit value. */
  static char digit(int value) {
    return ALPHABET.charAt(value);
  }
}
