package dev.lectern.check;

import java.nio.charset.StandardCharsets;
import org.jsoup.parser.Parser;

/**
 * The attributes of one start tag in UTF-8 markup, kept as offsets and decoded only when asked
 * for: most tags (a highlighted token's {@code span}) are asked about an attribute they do not
 * have. One instance is reused for every tag of a page. Later duplicates are ignored, as
 * browsers do; names are compared without case.
 */
final class TagAttributes {
  private byte[] html;
  private int[] bounds = new int[16];
  private int count;
  boolean selfClosing;

  /** Reads attributes from {@code i} to the tag's {@code >}; returns the index after it. */
  int read(byte[] s, int i) {
    html = s;
    count = 0;
    selfClosing = false;
    int n = s.length;
    while (i < n) {
      byte c = s[i];
      if (c == '>') {
        return i + 1;
      }
      if (c == '/' && i + 1 < n && s[i + 1] == '>') {
        selfClosing = true;
        return i + 2;
      }
      if (isSpace(c) || c == '/') {
        i++;
        continue;
      }
      int nameStart = i;
      while (i < n && !isSpace(s[i]) && s[i] != '=' && s[i] != '>'
          && !(s[i] == '/' && i + 1 < n && s[i + 1] == '>')) {
        i++;
      }
      int nameEnd = i;
      i = skipSpaces(s, i);
      int valueStart = -1;
      int valueEnd = -1;
      if (i < n && s[i] == '=') {
        i = skipSpaces(s, i + 1);
        if (i < n && (s[i] == '"' || s[i] == '\'')) {
          byte quote = s[i];
          int end = indexOf(s, quote, i + 1);
          valueStart = i + 1;
          valueEnd = end;
          i = Math.min(n, end + 1);
        } else {
          valueStart = i;
          while (i < n && !isSpace(s[i]) && s[i] != '>') {
            i++;
          }
          valueEnd = i;
        }
      }
      add(nameStart, nameEnd, valueStart, valueEnd);
    }
    return n;
  }

  private void add(int nameStart, int nameEnd, int valueStart, int valueEnd) {
    if (count * 4 + 4 > bounds.length) {
      bounds = java.util.Arrays.copyOf(bounds, bounds.length * 2);
    }
    int b = count * 4;
    bounds[b] = nameStart;
    bounds[b + 1] = nameEnd;
    bounds[b + 2] = valueStart;
    bounds[b + 3] = valueEnd;
    count++;
  }

  /** The decoded value of the first attribute called {@code name} (lower case), or null. */
  String get(String name) {
    int k = find(name);
    if (k < 0) {
      return null;
    }
    int start = bounds[k * 4 + 2];
    if (start < 0) {
      return "";
    }
    String value = new String(html, start, bounds[k * 4 + 3] - start, StandardCharsets.UTF_8);
    return value.indexOf('&') >= 0 ? Parser.unescapeEntities(value, true) : value;
  }

  String getOrEmpty(String name) {
    String v = get(name);
    return v == null ? "" : v;
  }

  boolean has(String name) {
    return find(name) >= 0;
  }

  /** Whether the {@code class} attribute lists {@code cls} (ASCII, without entities). */
  boolean hasClass(String cls) {
    int k = find("class");
    if (k < 0 || bounds[k * 4 + 2] < 0) {
      return false;
    }
    int end = bounds[k * 4 + 3];
    int i = bounds[k * 4 + 2];
    while (i < end) {
      while (i < end && isSpace(html[i])) {
        i++;
      }
      int start = i;
      while (i < end && !isSpace(html[i])) {
        i++;
      }
      if (i - start == cls.length() && same(start, cls)) {
        return true;
      }
    }
    return false;
  }

  private boolean same(int start, String ascii) {
    for (int j = 0; j < ascii.length(); j++) {
      if (html[start + j] != ascii.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  private int find(String name) {
    for (int k = 0; k < count; k++) {
      int start = bounds[k * 4];
      int end = bounds[k * 4 + 1];
      if (end - start == name.length() && sameIgnoringCase(start, name)) {
        return k;
      }
    }
    return -1;
  }

  private boolean sameIgnoringCase(int start, String lowerName) {
    for (int j = 0; j < lowerName.length(); j++) {
      int c = html[start + j];
      if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != lowerName.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  static boolean isSpace(byte c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
  }

  private static int skipSpaces(byte[] s, int i) {
    while (i < s.length && isSpace(s[i])) {
      i++;
    }
    return i;
  }

  static int indexOf(byte[] s, byte b, int from) {
    for (int i = from; i < s.length; i++) {
      if (s[i] == b) {
        return i;
      }
    }
    return s.length;
  }
}
