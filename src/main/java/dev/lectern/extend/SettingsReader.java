package dev.lectern.extend;

import dev.lectern.api.Settings;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.yaml.YamlNode;
import dev.lectern.yaml.YamlNode.YamlMap;
import dev.lectern.yaml.YamlNode.YamlScalar;

/** Reads an extension's section of site.yml as {@link Settings}. */
public final class SettingsReader {
  private SettingsReader() {}

  /** The settings under {@code entry}; an empty value is empty settings, a non-mapping an error. */
  public static Settings of(YamlNode.Entry entry, String where, Diagnostics out) {
    YamlNode value = entry.value();
    if (value instanceof YamlMap map) {
      return new SettingsView(map, where, out);
    }
    if (!(value instanceof YamlScalar s && s.isNull())) {
      out.error(value.position(), where + " must be a mapping of keys to values, not "
          + value.kind(), "write them as 'key: value' lines under '" + entry.key() + ":'");
    }
    return SettingsView.empty(where, entry.keyPosition(), out);
  }
}
