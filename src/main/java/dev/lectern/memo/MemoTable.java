package dev.lectern.memo;

import dev.lectern.diagnostic.Diagnostic;
import dev.lectern.diagnostic.Diagnostics;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One table of a {@link Memo}: values by the fingerprint of their inputs, each with the
 * diagnostics computing it reported (replayed on every hit, so a warm build reports exactly what
 * a cold one does) and the files it read (checked on every hit: a changed file is a miss).
 * Thread-safe; two threads asking for the same missing key may both compute it.
 *
 * @param <V> the values' type: immutable, and a function of the key's inputs
 */
public final class MemoTable<V> {
  private final Memo memo;
  private final boolean keeps;
  private final Map<Fingerprint, Entry<V>> entries = new ConcurrentHashMap<>();
  private volatile MemoStore<V> store;

  private static final class Entry<V> {
    final V value;
    final List<Diagnostic> diagnostics;
    final List<FileDependency> reads;
    volatile int generation;

    Entry(V value, List<Diagnostic> diagnostics, List<FileDependency> reads, int generation) {
      this.value = value;
      this.diagnostics = diagnostics;
      this.reads = reads;
      this.generation = generation;
    }
  }

  MemoTable(Memo memo, boolean keeps) {
    this.memo = memo;
    this.keeps = keeps;
  }

  /**
   * Backs the table with a store that outlives the process (values found there are trusted like
   * the table's own; new values are offered to it). Only values computed without diagnostics and
   * without file reads are stored.
   */
  public void backWith(MemoStore<V> store) {
    this.store = store;
  }

  /** The value for {@code key}: remembered, or computed by {@code compute} into {@code out}. */
  public V get(Fingerprint key, Diagnostics out, Function<Diagnostics, V> compute) {
    return get(key, out, FileSnapshot.NONE, (own, files) -> compute.apply(own));
  }

  /**
   * The value for {@code key}, whose computation may read files through the {@link FileReads}
   * it is given; a remembered value is used only if every file it read is unchanged in
   * {@code files}.
   */
  public V get(Fingerprint key, Diagnostics out, FileSnapshot files, Computation<V> compute) {
    Entry<V> known = entries.get(key);
    if (known != null && files.unchanged(known.reads)) {
      known.generation = memo.generation();
      known.diagnostics.forEach(out::add);
      return known.value;
    }
    MemoStore<V> disk = store;
    if (disk != null) {
      Optional<V> stored = disk.find(key);
      if (stored.isPresent()) {
        remember(key, new Entry<>(stored.get(), List.of(), List.of(), memo.generation()));
        return stored.get();
      }
    }
    Diagnostics own = new Diagnostics();
    FileReads reads = files.recorder();
    V value = compute.compute(own, reads);
    List<Diagnostic> found = own.sorted();
    found.forEach(out::add);
    List<FileDependency> read = reads.dependencies();
    if (disk != null && found.isEmpty() && read.isEmpty()) {
      disk.offer(key, value);
    }
    remember(key, new Entry<>(value, found, read, memo.generation()));
    return value;
  }

  private void remember(Fingerprint key, Entry<V> entry) {
    if (keeps) {
      entries.put(key, entry);
    }
  }

  void retainGeneration(int generation) {
    entries.values().removeIf(e -> e.generation < generation);
  }

  int size() {
    return entries.size();
  }

  /** A computation that may read files. */
  @FunctionalInterface
  public interface Computation<V> {
    V compute(Diagnostics out, FileReads files);
  }
}
