package dev.lectern.extend;

import dev.lectern.api.Settings;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.diagnostic.SourcePosition;
import dev.lectern.diagnostic.Suggestions;
import dev.lectern.yaml.YamlFields;
import dev.lectern.yaml.YamlNode;
import dev.lectern.yaml.YamlNode.YamlMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** An extension's {@link Settings}: a mapping of {@code site.yml}, read with positions. */
final class SettingsView implements Settings {
  private final YamlMap map;
  private final String where;
  private final Diagnostics diagnostics;
  private final YamlFields fields;

  SettingsView(YamlMap map, String where, Diagnostics diagnostics) {
    this.map = map;
    this.where = where;
    this.diagnostics = diagnostics;
    this.fields = new YamlFields(map, map.entries().keySet(), diagnostics, where);
  }

  /** Settings with nothing in them, for an extension without a section in site.yml. */
  static SettingsView empty(String where, SourcePosition at, Diagnostics diagnostics) {
    return new SettingsView(new YamlMap(at, java.util.Map.of()), where, diagnostics);
  }

  @Override
  public Set<String> keys() {
    return new LinkedHashSet<>(map.entries().keySet());
  }

  @Override
  public void allowOnly(Set<String> known) {
    for (YamlNode.Entry e : map.entries().values()) {
      if (!known.contains(e.key())) {
        diagnostics.error(e.keyPosition(), "unknown key '" + e.key() + "' in " + where,
            Suggestions.didYouMean(e.key(), known));
      }
    }
  }

  @Override
  public Optional<String> text(String key) {
    return fields.text(key);
  }

  @Override
  public Optional<Boolean> bool(String key) {
    return fields.bool(key);
  }

  @Override
  public Optional<Integer> integer(String key) {
    return fields.integer(key);
  }

  @Override
  public List<String> textList(String key) {
    return fields.textList(key).stream().map(YamlFields.Scalar::text).toList();
  }

  @Override
  public Optional<Settings> section(String key) {
    return fields.map(key).map(m -> new SettingsView(m, where + " '" + key + "'", diagnostics));
  }

  @Override
  public void error(String key, String message, String hint) {
    SourcePosition at = fields.entry(key).map(e -> e.value().position()).orElse(map.position());
    diagnostics.error(at, message, hint);
  }
}
