package dev.lectern.memo;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The pipeline's one cache: named tables of values with the diagnostics they produced, keyed by
 * the fingerprint of their inputs. A memo {@link #acrossBuilds()} keeps entries between the
 * builds of one process (as {@code serve} does) and drops, after each successful build, every
 * entry that build did not use: memory stays bounded by one site's worth. A memo
 * {@link #forOneBuild()} keeps nothing: each value is computed, which costs nothing extra in a
 * build that asks for it once. Thread-safe.
 */
public final class Memo {
  private final boolean keeps;
  private final Map<String, MemoTable<?>> tables = new ConcurrentHashMap<>();
  private final AtomicInteger generation = new AtomicInteger();
  /** The entries used by each computation running on this thread, innermost last. */
  private final ThreadLocal<java.util.ArrayDeque<java.util.Set<MemoStore.MemoKey>>> frames =
      ThreadLocal.withInitial(java.util.ArrayDeque::new);

  private Memo(boolean keeps) {
    this.keeps = keeps;
  }

  /** A memo that remembers between the builds of one process. */
  public static Memo acrossBuilds() {
    return new Memo(true);
  }

  /** A memo that remembers nothing (for a one-shot build). */
  public static Memo forOneBuild() {
    return new Memo(false);
  }

  /** True if this memo keeps values between builds. */
  public boolean keeps() {
    return keeps;
  }

  /** The table called {@code name}, made on first use. */
  @SuppressWarnings("unchecked")
  public <V> MemoTable<V> table(String name) {
    return (MemoTable<V>) tables.computeIfAbsent(name, n -> new MemoTable<V>(this, n, keeps));
  }

  /** Starts a build: entries used from now on belong to it. */
  public void beginBuild() {
    generation.incrementAndGet();
  }

  /**
   * Ends a build. After a successful one, entries it did not use are dropped; a failed build
   * drops nothing, so fixing the error reuses what the last good build had.
   */
  public void endBuild(boolean succeeded) {
    if (succeeded) {
      int now = generation.get();
      tables.values().forEach(t -> t.retainGeneration(now));
    }
  }

  int generation() {
    return generation.get();
  }

  /** Tells the computation running on this thread, if any, that it used {@code key}. */
  void used(MemoStore.MemoKey key) {
    java.util.Set<MemoStore.MemoKey> frame = frames.get().peekLast();
    if (frame != null) {
      frame.add(key);
    }
  }

  /** Starts recording the entries a computation uses. */
  void enter() {
    frames.get().addLast(new java.util.LinkedHashSet<>());
  }

  /** Stops recording; returns what the computation used. */
  java.util.List<MemoStore.MemoKey> leave() {
    return java.util.List.copyOf(frames.get().removeLast());
  }

  /** Keeps {@code key} of its table alive in this build, and what it uses in turn. */
  void keep(MemoStore.MemoKey key) {
    MemoTable<?> table = tables.get(key.table());
    if (table != null) {
      table.keep(key.key());
    }
  }

  /** Entries in all tables, for tests and diagnostics. */
  public int size() {
    return tables.values().stream().mapToInt(MemoTable::size).sum();
  }
}
