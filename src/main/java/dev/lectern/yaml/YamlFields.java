package dev.lectern.yaml;

import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.diagnostic.SourcePosition;
import dev.lectern.diagnostic.Suggestions;
import dev.lectern.yaml.YamlNode.Entry;
import dev.lectern.yaml.YamlNode.YamlList;
import dev.lectern.yaml.YamlNode.YamlMap;
import dev.lectern.yaml.YamlNode.YamlScalar;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Typed reading of one YAML mapping against a fixed set of keys. Every problem (unknown key,
 * wrong type, missing required key) is added to the diagnostics and reading goes on, so a user
 * sees all of them at once.
 */
public final class YamlFields {
  private final YamlMap map;
  private final Set<String> known;
  private final Diagnostics diagnostics;
  private final String where;

  /**
   * @param where how to name this mapping in messages, e.g. "site.yml" or "front matter"
   */
  public YamlFields(YamlMap map, Set<String> known, Diagnostics diagnostics, String where) {
    this.map = map;
    this.known = known;
    this.diagnostics = diagnostics;
    this.where = where;
    reportUnknownKeys();
  }

  /** Reads {@code node} as a mapping, or reports that it is not one. */
  public static Optional<YamlMap> asMap(YamlNode node, String what, Diagnostics diagnostics) {
    if (node instanceof YamlMap m) {
      return Optional.of(m);
    }
    diagnostics.error(
        node.position(), what + " must be a mapping of keys to values, not " + node.kind(),
        "write it as 'key: value' lines");
    return Optional.empty();
  }

  private void reportUnknownKeys() {
    for (Entry e : map.entries().values()) {
      if (!known.contains(e.key())) {
        diagnostics.error(
            e.keyPosition(), "unknown key '" + e.key() + "' in " + where,
            Suggestions.didYouMean(e.key(), known));
      }
    }
  }

  public SourcePosition position() {
    return map.position();
  }

  /** The entry of {@code key}, even when its value is null. */
  public Optional<Entry> rawEntry(String key) {
    return Optional.ofNullable(map.entries().get(key));
  }

  public Optional<Entry> entry(String key) {
    return Optional.ofNullable(map.entries().get(key)).filter(e -> !isNull(e.value()));
  }

  /** A required text value; reports it missing or empty. */
  public String requiredText(String key, String hint) {
    Optional<String> value = text(key);
    if (value.isEmpty() && !isWrongType(key)) {
      SourcePosition at = map.entries().containsKey(key)
          ? map.entries().get(key).keyPosition() : map.position();
      diagnostics.error(at, "missing required key '" + key + "' in " + where, hint);
    }
    return value.orElse("");
  }

  public Optional<String> text(String key) {
    return entry(key).flatMap(e -> scalar(e, "text")).map(String::strip).filter(s -> !s.isEmpty());
  }

  public Optional<Boolean> bool(String key) {
    return entry(key).flatMap(e -> scalar(e, "true or false").flatMap(text -> switch (text) {
      case "true" -> Optional.of(true);
      case "false" -> Optional.of(false);
      default -> {
        diagnostics.error(e.value().position(),
            "'" + key + "' must be true or false, not '" + text + "'", "write true or false");
        yield Optional.empty();
      }
    }));
  }

  public Optional<Integer> integer(String key) {
    return entry(key).flatMap(e -> scalar(e, "a whole number").flatMap(text -> {
      try {
        return Optional.of(Integer.parseInt(text.strip()));
      } catch (NumberFormatException ex) {
        diagnostics.error(e.value().position(),
            "'" + key + "' must be a whole number, not '" + text + "'", "write a number such as 10");
        return Optional.empty();
      }
    }));
  }

  public Optional<LocalDate> date(String key) {
    return entry(key).flatMap(e -> scalar(e, "a date").flatMap(text -> {
      try {
        return Optional.of(LocalDate.parse(text.strip()));
      } catch (DateTimeParseException ex) {
        diagnostics.error(e.value().position(),
            "'" + key + "' must be a date, not '" + text + "'", "write it as YYYY-MM-DD, e.g. 2026-01-31");
        return Optional.empty();
      }
    }));
  }

  /** A list of text values; a single text value is accepted as a list of one. */
  public List<Scalar> textList(String key) {
    Optional<Entry> entry = entry(key);
    if (entry.isEmpty()) {
      return List.of();
    }
    YamlNode value = entry.get().value();
    List<Scalar> out = new ArrayList<>();
    if (value instanceof YamlScalar s) {
      out.add(new Scalar(s.text().strip(), s.position()));
    } else if (value instanceof YamlList list) {
      for (YamlNode item : list.items()) {
        if (item instanceof YamlScalar s && !s.isNull() && !s.text().isBlank()) {
          out.add(new Scalar(s.text().strip(), s.position()));
        } else {
          diagnostics.error(item.position(), "each item of '" + key + "' must be text, not "
              + item.kind(), "write the list as [a, b] or as '- a' lines");
        }
      }
    } else {
      diagnostics.error(value.position(), "'" + key + "' must be a list, not " + value.kind(),
          "write the list as [a, b] or as '- a' lines");
    }
    return List.copyOf(out);
  }

  /** A nested mapping under {@code key}, if present and really a mapping. */
  public Optional<YamlMap> map(String key) {
    return entry(key).flatMap(e -> asMap(e.value(), "'" + key + "'", diagnostics));
  }

  /** A text value with the place it was written. */
  public record Scalar(String text, SourcePosition position) {}

  private Optional<String> scalar(Entry e, String expected) {
    if (e.value() instanceof YamlScalar s) {
      return Optional.ofNullable(s.text());
    }
    diagnostics.error(e.value().position(),
        "'" + e.key() + "' must be " + expected + ", not " + e.value().kind(), "");
    return Optional.empty();
  }

  private boolean isWrongType(String key) {
    Entry e = map.entries().get(key);
    return e != null && !(e.value() instanceof YamlScalar);
  }

  private static boolean isNull(YamlNode node) {
    return node instanceof YamlScalar s && s.isNull();
  }
}
