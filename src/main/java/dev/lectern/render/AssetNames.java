package dev.lectern.render;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The published path of every asset by its name below {@code assets/}
 * ({@code css/lectern.css} → {@code assets/css/lectern.3f2a9c1b7e.css}): all a page needs to know
 * of the assets, since pages link to them by name.
 */
public record AssetNames(Map<String, String> names) {

  public AssetNames {
    names = Collections.unmodifiableMap(new TreeMap<>(names));
  }

  /** The names of {@code assets}. */
  public static AssetNames of(Assets assets) {
    Map<String, String> names = new TreeMap<>();
    assets.all().forEach((name, asset) -> names.put(name, asset.outputPath()));
    return new AssetNames(names);
  }

  /** The published path below the site root of asset {@code name}, if there is one. */
  public Optional<String> find(String name) {
    return Optional.ofNullable(names.get(name));
  }
}
