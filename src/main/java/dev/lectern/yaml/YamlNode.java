package dev.lectern.yaml;

import dev.lectern.diagnostic.SourcePosition;
import java.util.List;
import java.util.Map;

/** A YAML value that remembers where it stands in its file, so every problem can point at it. */
public sealed interface YamlNode {

  SourcePosition position();

  /** A short name of the kind of value, for messages ("a list", "text"). */
  String kind();

  /** A mapping; keys keep their own positions, in the order written. */
  record YamlMap(SourcePosition position, Map<String, Entry> entries) implements YamlNode {
    public String kind() {
      return "a mapping";
    }
  }

  /** One key of a mapping and its value. */
  record Entry(String key, SourcePosition keyPosition, YamlNode value) {}

  /** A sequence. */
  record YamlList(SourcePosition position, List<YamlNode> items) implements YamlNode {
    public String kind() {
      return "a list";
    }
  }

  /** A scalar as written, quotes removed; {@code text} is null for YAML null ({@code ~}, empty). */
  record YamlScalar(SourcePosition position, String text) implements YamlNode {
    public String kind() {
      return text == null ? "empty" : "text";
    }

    public boolean isNull() {
      return text == null;
    }
  }
}
