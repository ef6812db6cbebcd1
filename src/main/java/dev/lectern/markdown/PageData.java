package dev.lectern.markdown;

import dev.lectern.api.DataKey;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The data page processors recorded about a page, by key name. Immutable. */
public record PageData(Map<String, Object> values) {
  public static final PageData EMPTY = new PageData(Map.of());

  public PageData {
    values = Collections.unmodifiableMap(new TreeMap<>(values));
  }

  public <T> Optional<T> get(DataKey<T> key) {
    Object v = values.get(key.name());
    return key.type().isInstance(v) ? Optional.of(key.type().cast(v)) : Optional.empty();
  }
}
