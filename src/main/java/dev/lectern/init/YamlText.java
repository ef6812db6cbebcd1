package dev.lectern.init;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Plain values written as YAML block text, for the site.yml that {@code lectern init} writes. */
final class YamlText {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_/][A-Za-z0-9 _./:@()+,'-]*");
  private static final Pattern RESERVED = Pattern.compile(
      "(?i)true|false|yes|no|on|off|null|~|[-+]?[0-9][0-9_.eE+-]*");

  private YamlText() {}

  /** A text as a YAML scalar: plain when YAML reads it back the same, else double-quoted. */
  static String scalar(String text) {
    if (PLAIN.matcher(text).matches() && !text.contains(": ") && !text.endsWith(":")
        && !text.endsWith(" ") && !RESERVED.matcher(text).matches()) {
      return text;
    }
    StringBuilder s = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> s.append("\\\"");
        case '\\' -> s.append("\\\\");
        case '\n' -> s.append("\\n");
        case '\t' -> s.append("\\t");
        default -> {
          if (c < 0x20) {
            s.append(String.format("\\x%02x", (int) c));
          } else {
            s.append(c);
          }
        }
      }
    }
    return s.append('"').toString();
  }

  /** {@code key: value} and what is nested in it, at {@code indent}, ending in a newline. */
  static String entry(String key, Object value, int indent) {
    String pad = " ".repeat(indent);
    if (value instanceof Map<?, ?> m && !m.isEmpty()) {
      StringBuilder s = new StringBuilder(pad + scalar(key) + ":\n");
      m.forEach((k, v) -> s.append(entry(String.valueOf(k), v, indent + 2)));
      return s.toString();
    }
    if (value instanceof List<?> l && !l.isEmpty()) {
      StringBuilder s = new StringBuilder(pad + scalar(key) + ":\n");
      l.forEach(item -> s.append(item(item, indent + 2)));
      return s.toString();
    }
    return pad + scalar(key) + ": " + inline(value) + "\n";
  }

  /** {@code - item} at {@code indent}; a mapping's first key stays on the dash's line. */
  static String item(Object value, int indent) {
    String pad = " ".repeat(indent);
    if (value instanceof Map<?, ?> m && !m.isEmpty()) {
      StringBuilder s = new StringBuilder();
      boolean first = true;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        String text = entry(String.valueOf(e.getKey()), e.getValue(), indent + 2);
        s.append(first ? pad + "- " + text.substring(indent + 2) : text);
        first = false;
      }
      return s.toString();
    }
    if (value instanceof List<?> l && !l.isEmpty()) {
      StringBuilder s = new StringBuilder(pad + "-\n");
      l.forEach(item -> s.append(item(item, indent + 2)));
      return s.toString();
    }
    return pad + "- " + inline(value) + "\n";
  }

  private static String inline(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Map<?, ?>) {
      return "{}";
    }
    if (value instanceof List<?>) {
      return "[]";
    }
    if (value instanceof Boolean || value instanceof Number) {
      return value.toString();
    }
    return scalar(value.toString());
  }
}
