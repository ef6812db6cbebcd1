package dev.lectern.markdown.attributes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An attribute list as Python-Markdown's attr_list, kramdown and Pandoc write it:
 * {@code { #id .class key="value" key=value }}, with an optional colon after the brace
 * ({@code {: #id }}). Only what is safe survives: the id, classes, and an allowlist of attributes
 * with checked values ({@code data-*}, {@code aria-*}, {@code width}, {@code loading}, a
 * {@code style} without URLs or script, …); everything else is listed in {@link #dropped()} so the
 * author hears about it. Event handlers and URL attributes are never set.
 *
 * @param id the {@code #id}, or empty
 * @param classes the {@code .class}es, in order
 * @param attributes the other attributes kept, in order
 * @param dropped what was left out and why ({@code onclick (event handler)})
 */
public record AttributeList(String id, List<String> classes, Map<String, String> attributes,
    List<String> dropped) {

  private static final Pattern TOKEN = Pattern.compile(
      "#([^\\s{}=\"']+)|\\.([^\\s{}=\"']+)|([A-Za-z_:][-\\w:.]*)=(?:\"([^\"]*)\"|'([^']*)'"
          + "|([^\\s\"'{}=]+))|(\\S+)");
  private static final Pattern WHOLE = Pattern.compile("\\{:?[ \\t]*([^{}\\n]*?)[ \\t]*\\}");
  private static final Set<String> PLAIN = Set.of("title", "lang", "dir", "rel", "hreflang",
      "download", "decoding", "referrerpolicy", "data-toc-label");
  private static final Set<String> URLS = Set.of("href", "src", "srcset", "action", "formaction",
      "xlink:href", "poster", "srcdoc", "background", "cite", "ping");
  private static final Pattern SIZE = Pattern.compile("\\d{1,5}");
  private static final Pattern CSS_SIZE = Pattern.compile("\\d{1,5}(?:\\.\\d+)?(?:%|px|em|rem|vw|vh)");
  private static final Pattern UNSAFE_STYLE =
      Pattern.compile("(?i)url\\s*\\(|expression\\s*\\(|javascript:|vbscript:|@import|behavior\\s*:|[\\\\<>]");

  /** An empty list. */
  public static final AttributeList EMPTY = new AttributeList("", List.of(), Map.of(), List.of());

  /**
   * Parses {@code text} if it is exactly one attribute list in braces holding at least one
   * attribute-like token; empty otherwise (so that text such as {@code {placeholder}} stays
   * text).
   */
  public static Optional<AttributeList> parseBraced(String text) {
    Matcher m = WHOLE.matcher(text);
    return m.matches() ? parse(m.group(1)) : Optional.empty();
  }

  /** A trailing {@code {…}} of {@code text}: where it starts, and the list. */
  public record Trailing(int start, AttributeList list) {}

  /** The attribute list that ends {@code text} (after optional spaces), if there is one. */
  public static Optional<Trailing> trailing(String text) {
    String t = text.stripTrailing();
    if (!t.endsWith("}")) {
      return Optional.empty();
    }
    int open = t.lastIndexOf('{');
    if (open < 0) {
      return Optional.empty();
    }
    int start = open;
    while (start > 0 && Character.isWhitespace(t.charAt(start - 1))) {
      start--;
    }
    int from = start;
    return parseBraced(t.substring(open)).map(list -> new Trailing(from, list));
  }

  /** The attribute list that starts {@code text}: its length in characters, and the list. */
  public static Optional<Trailing> leading(String text) {
    if (!text.startsWith("{")) {
      return Optional.empty();
    }
    int close = text.indexOf('}');
    if (close < 0) {
      return Optional.empty();
    }
    return parseBraced(text.substring(0, close + 1)).map(list -> new Trailing(close + 1, list));
  }

  /** Parses the inside of the braces; empty when no token looks like an attribute. */
  static Optional<AttributeList> parse(String inside) {
    Builder b = new Builder();
    Matcher m = TOKEN.matcher(inside);
    boolean any = false;
    while (m.find()) {
      if (m.group(1) != null) {
        b.id = m.group(1);
        any = true;
      } else if (m.group(2) != null) {
        b.classes.add(m.group(2));
        any = true;
      } else if (m.group(3) != null) {
        String value = m.group(4) != null ? m.group(4) : m.group(5) != null ? m.group(5)
            : m.group(6);
        b.attribute(m.group(3).toLowerCase(Locale.ROOT), value);
        any = true;
      } else {
        return Optional.empty();  // a word that is no attribute: this is text in braces
      }
    }
    return any ? Optional.of(b.build()) : Optional.empty();
  }

  /** The list without {@code key}, and its value. */
  public Optional<String> get(String key) {
    return Optional.ofNullable(attributes.get(key));
  }

  /** This list without {@code key}. */
  public AttributeList without(String key) {
    Map<String, String> rest = new LinkedHashMap<>(attributes);
    rest.remove(key);
    return new AttributeList(id, classes, Map.copyOf(rest).isEmpty() ? Map.of()
        : java.util.Collections.unmodifiableMap(rest), dropped);
  }

  /** This list without its id. */
  public AttributeList withoutId() {
    return new AttributeList("", classes, attributes, dropped);
  }

  /** True when nothing is left to set. */
  public boolean isEmpty() {
    return id.isEmpty() && classes.isEmpty() && attributes.isEmpty();
  }

  private static final class Builder {
    String id = "";
    final List<String> classes = new ArrayList<>();
    final Map<String, String> attributes = new LinkedHashMap<>();
    final List<String> dropped = new ArrayList<>();

    void attribute(String key, String value) {
      if (key.startsWith("on")) {
        dropped.add(key + " (an event handler)");
      } else if (URLS.contains(key)) {
        dropped.add(key + " (a URL: write it in Markdown)");
      } else if (key.equals("id")) {
        id = value;
      } else if (key.equals("class")) {
        classes.addAll(List.of(value.trim().split("\\s+")));
      } else if (PLAIN.contains(key) || key.startsWith("data-") || key.startsWith("aria-")) {
        attributes.put(key, value);
      } else if (key.equals("width") || key.equals("height")) {
        size(key, value);
      } else if (key.equals("loading")) {
        keep(key, value, Set.of("lazy", "eager"));
      } else if (key.equals("target")) {
        keep(key, value, Set.of("_blank", "_self", "_parent", "_top"));
      } else if (key.equals("align")) {
        keepAlign(value);
      } else if (key.equals("style")) {
        style(value);
      } else {
        dropped.add(key + " (not an attribute Lectern sets)");
      }
    }

    private void size(String key, String value) {
      if (SIZE.matcher(value).matches()) {
        attributes.put(key, value);
      } else if (CSS_SIZE.matcher(value).matches()) {
        style(key + ": " + value);
      } else {
        dropped.add(key + "=" + value + " (not a size)");
      }
    }

    private void keep(String key, String value, Set<String> allowed) {
      if (allowed.contains(value.toLowerCase(Locale.ROOT))) {
        attributes.put(key, value.toLowerCase(Locale.ROOT));
      } else {
        dropped.add(key + "=" + value + " (expected " + String.join(" or ",
            allowed.stream().sorted().toList()) + ")");
      }
    }

    // HTML5 made align obsolete: it becomes a class the theme floats or centres.
    private void keepAlign(String value) {
      String v = value.toLowerCase(Locale.ROOT);
      if (Set.of("left", "right", "center").contains(v)) {
        classes.add("align-" + v);
      } else {
        dropped.add("align=" + value + " (expected left, right or center)");
      }
    }

    private void style(String value) {
      if (UNSAFE_STYLE.matcher(value).find()) {
        dropped.add("style (it may load URLs or run script)");
        return;
      }
      String before = attributes.get("style");
      String v = value.strip();
      attributes.put("style", before == null ? v : before + (before.endsWith(";") ? " " : "; ") + v);
    }

    AttributeList build() {
      return new AttributeList(id, List.copyOf(classes),
          java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes)),
          List.copyOf(dropped));
    }
  }
}
