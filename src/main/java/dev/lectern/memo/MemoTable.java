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
  private final String name;
  private final boolean keeps;
  private final Map<Fingerprint, Entry<V>> entries = new ConcurrentHashMap<>();
  private volatile MemoStore<V> store;

  private static final class Entry<V> {
    final V value;
    final List<Diagnostic> diagnostics;
    final List<FileDependency> reads;
    final List<MemoStore.MemoKey> uses;
    volatile int generation;

    Entry(V value, List<Diagnostic> diagnostics, List<FileDependency> reads,
        List<MemoStore.MemoKey> uses, int generation) {
      this.value = value;
      this.diagnostics = diagnostics;
      this.reads = reads;
      this.uses = uses;
      this.generation = generation;
    }
  }

  MemoTable(Memo memo, String name, boolean keeps) {
    this.memo = memo;
    this.name = name;
    this.keeps = keeps;
  }

  /**
   * Backs the table with a store that outlives the process: entries found there are used like
   * the table's own (their file reads checked first), and every new entry is offered to it.
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
    memo.used(new MemoStore.MemoKey(name, key));
    Entry<V> known = entries.get(key);
    if (known != null && files.unchanged(known.reads)) {
      touch(known);
      known.diagnostics.forEach(out::add);
      return known.value;
    }
    MemoStore<V> disk = store;
    if (disk != null) {
      Optional<MemoStore.Stored<V>> stored = disk.find(key);
      if (stored.isPresent() && files.unchanged(stored.get().reads())) {
        MemoStore.Stored<V> s = stored.get();
        Entry<V> entry = new Entry<>(s.value(), s.diagnostics(), s.reads(), s.uses(),
            memo.generation());
        remember(key, entry);
        touch(entry);
        s.diagnostics().forEach(out::add);
        return s.value();
      }
    }
    Diagnostics own = new Diagnostics();
    FileReads reads = files.recorder();
    memo.enter();
    V value;
    List<MemoStore.MemoKey> uses;
    try {
      value = compute.compute(own, reads);
    } finally {
      uses = memo.leave();
    }
    List<Diagnostic> found = own.sorted();
    found.forEach(out::add);
    List<FileDependency> read = reads.dependencies();
    if (disk != null) {
      disk.offer(key, new MemoStore.Stored<>(value, found, read, uses));
    }
    remember(key, new Entry<>(value, found, read, uses, memo.generation()));
    return value;
  }

  /**
   * Marks an entry used by this build, with everything it used when it was computed: a rendered
   * page taken from the memo keeps its highlighted code alive, for the day it is rendered again.
   */
  private void touch(Entry<V> entry) {
    entry.generation = memo.generation();
    entry.uses.forEach(memo::keep);
  }

  /** Keeps the entry for {@code key}, in memory or in the store, alive in this build. */
  void keep(Fingerprint key) {
    Entry<V> known = entries.get(key);
    if (known != null) {
      if (known.generation != memo.generation()) {
        touch(known);
      }
      return;
    }
    MemoStore<V> disk = store;
    if (disk != null) {
      disk.keep(key).forEach(memo::keep);
    }
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
