package dev.lectern.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.testing.Diags;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SourceTextTest {
  @Test
  void decodesUtf8WithoutBomAndWithUnixLineBreaks() {
    Diagnostics d = new Diagnostics();
    byte[] bytes = "\uFEFFa\r\nb\rc\u00e9".getBytes(StandardCharsets.UTF_8);
    assertEquals(Optional.of("a\nb\nc\u00e9"), SourceText.decode(bytes, "f.md", d));
    assertEquals(List.of(), Diags.headlines(d));
  }

  @Test
  void reportsTheFirstBadByteAtItsLineAndColumnWithItsValue() {
    Diagnostics d = new Diagnostics();
    byte[] bytes = {'o', 'k', '\r', '\n', 'a', (byte) 0xC3, (byte) 0xA9, 'b', (byte) 0x92, 'c'};
    assertEquals(Optional.empty(), SourceText.decode(bytes, "f.md", d));
    assertEquals(List.of("f.md:2:4: the file is not valid UTF-8: byte 0x92 cannot stand here"),
        Diags.headlines(d));
    assertEquals("save the file with UTF-8 encoding", d.sorted().get(0).hint());
  }
}
