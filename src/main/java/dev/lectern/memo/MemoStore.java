package dev.lectern.memo;

import dev.lectern.diagnostic.Diagnostic;
import java.util.List;
import java.util.Optional;

/** Where a {@link MemoTable} keeps values beyond the process (a file in the site's folder). */
public interface MemoStore<V> {

  /**
   * A stored value with the diagnostics computing it reported, the files it read, and the memo
   * entries it used (kept as long as it is).
   */
  record Stored<V>(V value, List<Diagnostic> diagnostics, List<FileDependency> reads,
      List<MemoKey> uses) {}

  /** An entry of a table, by the table's name. */
  record MemoKey(String table, Fingerprint key) {}

  /** The stored entry for {@code key}, if any. */
  Optional<Stored<V>> find(Fingerprint key);

  /** Offers a freshly computed entry for storing. */
  void offer(Fingerprint key, Stored<V> entry);

  /**
   * Keeps the stored entry for {@code key} (if any) without reading its value, because a value
   * in use depends on it; returns the entries it uses in turn.
   */
  List<MemoKey> keep(Fingerprint key);
}
