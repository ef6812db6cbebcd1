package dev.lectern.check;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Lower-cased element names read from UTF-8 markup, the common ones shared: a page of
 * highlighted code has thousands of {@code span} tags, and a name that is looked up instead of
 * allocated is also compared by reference.
 */
final class TagNames {
  private static final String[] COMMON = {"html", "head", "body", "title", "meta", "link",
      "script", "style", "template", "textarea", "a", "abbr", "b", "bdi", "bdo", "cite", "code",
      "data", "dfn", "em", "i", "kbd", "label", "mark", "q", "s", "samp", "small", "span",
      "strong", "sub", "sup", "time", "u", "var", "area", "base", "br", "col", "embed", "hr",
      "img", "input", "source", "track", "wbr", "h1", "h2", "h3", "h4", "h5", "h6", "p", "div",
      "ul", "ol", "li", "nav", "main", "header", "footer", "article", "section", "aside", "pre",
      "table", "thead", "tbody", "tfoot", "tr", "td", "th", "details", "summary", "button",
      "form", "iframe", "video", "audio", "figure", "blockquote", "dl", "dt", "dd", "noscript",
      "svg", "path", "use", "g", "circle", "rect", "symbol", "defs", "picture", "caption"};
  private static final int SLOTS = 512;
  private static final long[] KEYS = new long[SLOTS];
  private static final String[] NAMES = new String[SLOTS];

  static {
    for (String name : COMMON) {
      byte[] bytes = name.getBytes(StandardCharsets.US_ASCII);
      long key = key(bytes, 0, bytes.length);
      int slot = slot(key);
      while (NAMES[slot] != null) {
        slot = (slot + 1) & (SLOTS - 1);
      }
      KEYS[slot] = key;
      NAMES[slot] = name;
    }
  }

  private TagNames() {}

  /** The name in {@code html[from, to)}, lower-cased. */
  static String name(byte[] html, int from, int to) {
    long key = key(html, from, to);
    if (key != 0) {
      for (int slot = slot(key); NAMES[slot] != null; slot = (slot + 1) & (SLOTS - 1)) {
        if (KEYS[slot] == key) {
          return NAMES[slot];
        }
      }
    }
    return new String(html, from, to - from, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
  }

  /** Up to eight ASCII characters, lower-cased, packed in a long; 0 if the name is not that. */
  private static long key(byte[] html, int from, int to) {
    if (to - from > 8 || to <= from) {
      return 0;
    }
    long key = 0;
    for (int i = from; i < to; i++) {
      int c = html[i];
      if (c <= 0) {
        return 0;
      }
      key = (key << 8) | (c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    return key;
  }

  private static int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 55) & (SLOTS - 1);
  }
}
