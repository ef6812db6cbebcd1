package dev.lectern.check;

import java.nio.charset.StandardCharsets;
import org.jsoup.parser.Parser;

/**
 * A page's visible text with all whitespace left out ({@link PageScan#squeeze}'s whitespace:
 * Java's, plus the no-break space), collected as UTF-8 while the page is scanned: runs without
 * entities are copied byte by byte minus the bytes of whitespace characters.
 */
final class VisibleText {
  private byte[] bytes = new byte[4096];
  private int length;

  /** Appends the text run {@code html[from, to)}, decoding entities. */
  void appendRun(byte[] html, int from, int to) {
    for (int i = from; i < to; i++) {
      if (html[i] == '&') {
        String run = new String(html, from, to - from, StandardCharsets.UTF_8);
        appendText(Parser.unescapeEntities(run, false));
        return;
      }
    }
    ensure(to - from);
    int i = from;
    while (i < to) {
      byte b = html[i];
      if (b >= 0) {
        if (!isAsciiSpace(b)) {
          bytes[length++] = b;
        }
        i++;
        continue;
      }
      int space = unicodeSpace(html, i, to);
      if (space > 0) {
        i += space;
      } else {
        bytes[length++] = b;
        i++;
      }
    }
  }

  /** {@code Character.isWhitespace} for ASCII. */
  private static boolean isAsciiSpace(byte b) {
    return b == ' ' || b >= 0x09 && b <= 0x0d || b >= 0x1c && b <= 0x1f;
  }

  /**
   * The length of the UTF-8 whitespace character at {@code i}, or 0: U+00A0, U+1680,
   * U+2000–U+2006, U+2008–U+200A, U+2028, U+2029, U+205F and U+3000 (Java's whitespace above
   * ASCII, without the figure space U+2007 and U+202F, plus the no-break space).
   */
  static int unicodeSpace(byte[] s, int i, int to) {
    int b0 = s[i] & 0xff;
    if (b0 == 0xc2) {
      return i + 1 < to && (s[i + 1] & 0xff) == 0xa0 ? 2 : 0;
    }
    if (b0 < 0xe1 || b0 > 0xe3 || i + 2 >= to) {
      return 0;
    }
    int code = (b0 & 0x0f) << 12 | (s[i + 1] & 0x3f) << 6 | (s[i + 2] & 0x3f);
    boolean space = code == 0x1680 || code >= 0x2000 && code <= 0x200a && code != 0x2007
        || code == 0x2028 || code == 0x2029 || code == 0x205f || code == 0x3000;
    return space ? 3 : 0;
  }

  /** Appends decoded text. */
  void appendText(String text) {
    String squeezed = PageScan.squeeze(text);
    byte[] utf8 = squeezed.getBytes(StandardCharsets.UTF_8);
    ensure(utf8.length);
    System.arraycopy(utf8, 0, bytes, length, utf8.length);
    length += utf8.length;
  }

  private void ensure(int more) {
    if (length + more > bytes.length) {
      bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
    }
  }

  /** The text collected so far, without whitespace. */
  String squeezed() {
    return new String(bytes, 0, length, StandardCharsets.UTF_8);
  }
}
