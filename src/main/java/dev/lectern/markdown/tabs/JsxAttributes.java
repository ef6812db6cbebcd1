package dev.lectern.markdown.tabs;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The attributes of a JSX tag as MDX writes them: {@code value="npm"}, {@code label='npm'},
 * {@code default}, {@code default={true}}, {@code label={"npm"}}. Expressions other than a
 * literal keep their source text.
 */
final class JsxAttributes {
  private static final Pattern ATTRIBUTE = Pattern.compile(
      "([A-Za-z_][\\w-]*)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|\\{([^{}]*)\\}))?");

  private JsxAttributes() {}

  static Map<String, String> parse(String text) {
    Map<String, String> attributes = new LinkedHashMap<>();
    Matcher m = ATTRIBUTE.matcher(text == null ? "" : text);
    while (m.find()) {
      String value = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3)
          : m.group(4) != null ? literal(m.group(4).strip()) : "true";
      attributes.put(m.group(1), value);
    }
    return attributes;
  }

  private static String literal(String expression) {
    if (expression.length() >= 2 && (expression.startsWith("\"") && expression.endsWith("\"")
        || expression.startsWith("'") && expression.endsWith("'")
        || expression.startsWith("`") && expression.endsWith("`"))) {
      return expression.substring(1, expression.length() - 1);
    }
    return expression;
  }
}
