package dev.lectern.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** How far a running build is, readable from another thread (for a progress line). */
public final class Progress {
  private final boolean stagesInTurn;
  private volatile String stage = "starting";
  private volatile int total;
  private final AtomicInteger done = new AtomicInteger();
  private final Map<String, Long> millis = new LinkedHashMap<>();
  private long stageStart = System.nanoTime();

  /** Progress of a build whose work may overlap (the search index is built while rendering). */
  public Progress() {
    this(false);
  }

  /**
   * @param stagesInTurn true to run every stage on its own, so that each one's time is its own
   *     ({@code build --timings}); a build then takes a little longer
   */
  public Progress(boolean stagesInTurn) {
    this.stagesInTurn = stagesInTurn;
  }

  /** True if no stage runs alongside another. */
  boolean stagesInTurn() {
    return stagesInTurn;
  }

  void stage(String name, int totalItems) {
    synchronized (millis) {
      long now = System.nanoTime();
      millis.merge(stage, (now - stageStart) / 1_000_000, Long::sum);
      stageStart = now;
    }
    done.set(0);
    total = totalItems;
    stage = name;
  }

  /** Does {@code work} alongside the stages, counting its time under {@code name} (not theirs). */
  <T> T alongside(String name, Supplier<T> work) {
    long start = System.nanoTime();
    T value = work.get();
    synchronized (millis) {
      millis.merge(name, (System.nanoTime() - start) / 1_000_000, Long::sum);
    }
    return value;
  }

  /** Ends the current stage, so {@link #stageMillis()} counts it. */
  public void finish() {
    stage("done", 0);
  }

  /**
   * Milliseconds spent in each stage so far, in order (the current stage not yet counted), and
   * in work done alongside them (the search index), when it ended.
   */
  public Map<String, Long> stageMillis() {
    synchronized (millis) {
      return new LinkedHashMap<>(millis);
    }
  }

  void advance() {
    done.incrementAndGet();
  }

  /** A line such as {@code rendering 120/300}. */
  public String describe() {
    return total > 0 ? stage + " " + done.get() + "/" + total : stage;
  }
}
