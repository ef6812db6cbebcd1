package dev.lectern.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An extension's settings from {@code site.yml}, read with their positions: a value of the wrong
 * type is an error at its line and column, and so is an unknown key once {@link #allowOnly} has
 * named the known ones.
 */
public interface Settings {

  /** The keys present, in the order written. */
  Set<String> keys();

  /** Declares the known keys; any other key is an error with a "did you mean" hint. */
  void allowOnly(Set<String> known);

  Optional<String> text(String key);

  Optional<Boolean> bool(String key);

  Optional<Integer> integer(String key);

  /** A list of texts (a single text counts as a list of one); empty when the key is absent. */
  List<String> textList(String key);

  /** A nested mapping. */
  Optional<Settings> section(String key);

  /** Reports an error at {@code key}'s value (or at the settings if the key is absent). */
  void error(String key, String message, String hint);
}
