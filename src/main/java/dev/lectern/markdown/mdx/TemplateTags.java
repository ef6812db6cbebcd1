package dev.lectern.markdown.mdx;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tags of template languages, which Lectern shows as text: Hugo shortcodes
 * ({@code {{< name >}}}, {@code {{% name %}}}) and Jinja or Liquid statements
 * ({@code {% include "x" %}}).
 */
final class TemplateTags {
  private static final Pattern SHORTCODE = Pattern.compile("\\{\\{[<%].{0,200}?[>%]\\}\\}");
  private static final Pattern STATEMENT = Pattern.compile("\\{%-?\\s.{0,200}?-?%\\}");

  private TemplateTags() {}

  /** A tag found: where in the text, and what kind of tag it is (for the warning). */
  record Found(int offset, String kind, String tag) {}

  /** The first template tag in {@code text}, if any. */
  static Found first(String text) {
    if (text.indexOf('{') < 0) {
      return null;
    }
    Matcher shortcode = SHORTCODE.matcher(text);
    Matcher statement = STATEMENT.matcher(text);
    int s = shortcode.find() ? shortcode.start() : Integer.MAX_VALUE;
    int t = statement.find() ? statement.start() : Integer.MAX_VALUE;
    if (s == Integer.MAX_VALUE && t == Integer.MAX_VALUE) {
      return null;
    }
    return s <= t ? new Found(s, "Hugo shortcode", shortcode.group())
        : new Found(t, "template tag", statement.group());
  }
}
