package dev.lectern.content;

import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.diagnostic.SourcePosition;
import dev.lectern.yaml.YamlNode;
import dev.lectern.yaml.YamlNode.YamlList;
import dev.lectern.yaml.YamlNode.YamlMap;
import dev.lectern.yaml.YamlNode.YamlScalar;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One key of a page's front matter, read as the type its meaning needs. A value of another type
 * is an error at the value's line and column, and reads as absent.
 */
final class FrontMatterField {
  private static final Pattern DATE_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})([T ].*)?");

  private final YamlNode.Entry entry;
  private final Diagnostics out;

  FrontMatterField(YamlNode.Entry entry, Diagnostics out) {
    this.entry = entry;
    this.out = out;
  }

  String key() {
    return entry.key();
  }

  YamlNode value() {
    return entry.value();
  }

  /** Where the value stands. */
  SourcePosition at() {
    return entry.value().position();
  }

  SourcePosition keyAt() {
    return entry.keyPosition();
  }

  /** True for {@code key: null}, {@code key: ~} and {@code key:} with nothing after it. */
  boolean isNull() {
    return entry.value() instanceof YamlScalar s && s.isNull();
  }

  /** True for {@code key: false}. */
  boolean isFalse() {
    return entry.value() instanceof YamlScalar s && "false".equals(s.text());
  }

  void error(String message, String hint) {
    out.error(at(), message, hint);
  }

  /** Text; blank text reads as absent. */
  Optional<String> text() {
    return scalar("text").map(String::strip).filter(s -> !s.isEmpty());
  }

  Optional<Boolean> bool() {
    return scalar("true or false").flatMap(text -> switch (text.strip()) {
      case "true" -> Optional.of(true);
      case "false" -> Optional.of(false);
      default -> {
        error("'" + key() + "' must be true or false, not '" + text + "'", "write true or false");
        yield Optional.empty();
      }
    });
  }

  /** A number, whole or decimal ({@code 2.5} orders between 2 and 3). */
  Optional<Double> number() {
    return scalar("a number").flatMap(text -> {
      try {
        double d = Double.parseDouble(text.strip());
        if (Double.isFinite(d)) {
          return Optional.of(d);
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      error("'" + key() + "' must be a number, not '" + text + "'", "write a number such as 10");
      return Optional.empty();
    });
  }

  /** A whole number from {@code min} to {@code max}. */
  Optional<Integer> integer(int min, int max) {
    return number().flatMap(d -> {
      if (d == Math.rint(d) && d >= min && d <= max) {
        return Optional.of((int) (double) d);
      }
      error("'" + key() + "' must be a whole number from " + min + " to " + max, "");
      return Optional.empty();
    });
  }

  /** A date; a date and time ({@code 2024-05-01T10:00:00Z}) counts as its date. */
  Optional<LocalDate> date() {
    return scalar("a date").flatMap(FrontMatterField::parseDate).or(() -> {
      if (entry.value() instanceof YamlScalar s && !s.isNull()) {
        error("'" + key() + "' must be a date, not '" + s.text() + "'",
            "write it as YYYY-MM-DD, e.g. 2026-01-31");
      }
      return Optional.empty();
    });
  }

  static Optional<LocalDate> parseDate(String text) {
    var m = DATE_TIME.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(m.group(1)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** A list of texts; a single text counts as a list of one. */
  List<PageOptions.Written> texts() {
    YamlNode value = entry.value();
    List<PageOptions.Written> items = new ArrayList<>();
    if (value instanceof YamlScalar s) {
      if (!s.isNull() && !s.text().isBlank()) {
        items.add(new PageOptions.Written(s.text().strip(), s.position()));
      }
    } else if (value instanceof YamlList list) {
      for (YamlNode item : list.items()) {
        if (item instanceof YamlScalar s && !s.isNull() && !s.text().isBlank()) {
          items.add(new PageOptions.Written(s.text().strip(), s.position()));
        } else {
          out.error(item.position(), "each item of '" + key() + "' must be text, not "
              + item.kind(), "write the list as [a, b] or as '- a' lines");
        }
      }
    } else {
      error("'" + key() + "' must be a list, not " + value.kind(),
          "write the list as [a, b] or as '- a' lines");
    }
    return List.copyOf(items);
  }

  /** A nested mapping. */
  Optional<YamlMap> map() {
    if (entry.value() instanceof YamlMap m) {
      return Optional.of(m);
    }
    error("'" + key() + "' must be a mapping, not " + entry.value().kind(),
        "write it as indented 'key: value' lines");
    return Optional.empty();
  }

  /** The field {@code name} of a nested mapping, read the same way. */
  static Optional<FrontMatterField> member(YamlMap map, String name, Diagnostics out) {
    return Optional.ofNullable(map.entries().get(name)).map(e -> new FrontMatterField(e, out));
  }

  private Optional<String> scalar(String expected) {
    if (entry.value() instanceof YamlScalar s) {
      return Optional.ofNullable(s.text());
    }
    error("'" + key() + "' must be " + expected + ", not " + entry.value().kind(), "");
    return Optional.empty();
  }
}
