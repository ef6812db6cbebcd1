package dev.lectern.markdown.mdx;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JSX component tags in text: {@code <Name …>}, {@code </Name>} and {@code <Name … />}, where
 * the name starts with a capital letter (lower-case names are HTML) and attribute values may be
 * JavaScript in braces ({@code img={require('./a.png')}}). {@code <Tabs>} and
 * {@code <TabItem>} are not matched: the tabs extension reads them.
 */
final class JsxTags {
  /** Components another extension renders. */
  static final Set<String> CLAIMED = Set.of("Tabs", "TabItem");

  private static final String BRACES = "\\{(?:[^{}]|\\{(?:[^{}]|\\{[^{}]*+\\})*+\\})*+\\}";
  private static final String VALUE = "(?:\"[^\"]*+\"|'[^']*+'|" + BRACES + "|[^\\s\"'=<>`{}]++)";
  private static final String ATTRIBUTE = "(?:\\s++(?:" + BRACES
      + "|[A-Za-z_:][A-Za-z0-9_.:-]*+(?:\\s*+=\\s*+" + VALUE + ")?))";
  static final Pattern TAG = Pattern.compile(
      "<(/?)([A-Z][A-Za-z0-9_]*+(?:\\.[A-Za-z0-9_]+)*+)(" + ATTRIBUTE + "*+)\\s*+/?>");

  private JsxTags() {}

  /** A tag found: its span in the text and the component's name. */
  record Found(int start, int end, String name) {}

  /** The component tags in {@code text}, other than the claimed ones, in order. */
  static List<Found> in(String text) {
    List<Found> found = new ArrayList<>();
    if (text.indexOf('<') < 0) {
      return found;
    }
    Matcher m = TAG.matcher(text);
    while (m.find()) {
      String name = m.group(2);
      if (!CLAIMED.contains(name.contains(".") ? name.substring(0, name.indexOf('.')) : name)) {
        found.add(new Found(m.start(), m.end(), name));
      }
    }
    return found;
  }

  /** {@code text} without the tags {@code found} in it. */
  static String without(String text, List<Found> found) {
    StringBuilder s = new StringBuilder(text.length());
    int at = 0;
    for (Found f : found) {
      s.append(text, at, f.start());
      at = f.end();
    }
    return s.append(text.substring(at)).toString();
  }
}
