package dev.lectern.build;

import java.util.concurrent.atomic.AtomicInteger;

/** How far a running build is, readable from another thread (for a progress line). */
public final class Progress {
  private volatile String stage = "starting";
  private volatile int total;
  private final AtomicInteger done = new AtomicInteger();

  void stage(String name, int totalItems) {
    done.set(0);
    total = totalItems;
    stage = name;
  }

  void advance() {
    done.incrementAndGet();
  }

  /** A line such as {@code rendering 120/300}. */
  public String describe() {
    return total > 0 ? stage + " " + done.get() + "/" + total : stage;
  }
}
