package dev.lectern.content;

import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.diagnostic.SourcePosition;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The text of a source file: UTF-8 decoded strictly, without a byte-order mark, with every line
 * break made {@code \n}. Bytes that are not UTF-8 are reported at the line and column of the
 * first one, with its value.
 */
public final class SourceText {
  private SourceText() {}

  /** The text of {@code bytes}, or empty when they are not UTF-8 (reported for {@code file}). */
  public static Optional<String> decode(byte[] bytes, String file, Diagnostics out) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer chars = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, chars, true);
    if (result.isError()) {
      chars.flip();
      report(bytes[in.position()] & 0xFF, chars, file, out);
      return Optional.empty();
    }
    decoder.flush(chars);
    chars.flip();
    String text = chars.toString();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return Optional.of(text.replace("\r\n", "\n").replace('\r', '\n'));
  }

  /** Reports the bad byte at the place the text decoded before it ends. */
  private static void report(int value, CharBuffer before, String file, Diagnostics out) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < before.limit(); i++) {
      char c = before.get(i);
      if (c == '\n' || c == '\r' && (i + 1 == before.limit() || before.get(i + 1) != '\n')) {
        line++;
        column = 1;
      } else if (c != '\r') {
        column++;
      }
    }
    String hex = String.format(Locale.ROOT, "0x%02X", value);
    String latin = value >= 0xA0 ? "; in Latin-1 this byte is '" + (char) value + "'" : "";
    out.error(new SourcePosition(file, line, column), "the file is not valid UTF-8: byte " + hex
        + " cannot stand here", "save the file with UTF-8 encoding" + latin);
  }
}
