package dev.lectern.memo;

import java.util.Optional;

/** Where a {@link MemoTable} keeps values beyond the process (a file in the site's folder). */
public interface MemoStore<V> {

  /** The stored value for {@code key}, if any. */
  Optional<V> find(Fingerprint key);

  /** Offers a freshly computed value for storing. */
  void offer(Fingerprint key, V value);
}
