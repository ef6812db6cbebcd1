package dev.lectern.yaml;

import dev.lectern.yaml.YamlNode.YamlList;
import dev.lectern.yaml.YamlNode.YamlMap;
import dev.lectern.yaml.YamlNode.YamlScalar;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * YAML values as plain Java values for templates: text as {@link String} (null for YAML null),
 * lists as unmodifiable lists and mappings as unmodifiable maps in the order written.
 */
public final class PlainValues {
  private PlainValues() {}

  public static Object of(YamlNode node) {
    if (node instanceof YamlScalar s) {
      return s.text();
    }
    if (node instanceof YamlList list) {
      List<Object> items = new ArrayList<>();
      list.items().forEach(item -> items.add(of(item)));
      return Collections.unmodifiableList(items);
    }
    Map<String, Object> map = new LinkedHashMap<>();
    ((YamlMap) node).entries().forEach((key, entry) -> map.put(key, of(entry.value())));
    return Collections.unmodifiableMap(map);
  }

  /** The entries of {@code map} as plain values, in the order written. */
  public static Map<String, Object> ofMap(YamlMap map) {
    @SuppressWarnings("unchecked")
    Map<String, Object> plain = (Map<String, Object>) of(map);
    return plain;
  }
}
