package dev.lectern.memo;

/**
 * A value that knows the fingerprint of what it was made from, so that it can be part of another
 * value's inputs without being digested again (a parsed page, say, whose syntax tree cannot be
 * digested field by field, is represented by the fingerprint of its source).
 */
public interface Fingerprinted {
  Fingerprint fingerprint();
}
