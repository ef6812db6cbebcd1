package dev.lectern.memo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Type;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValueCodecTest {
  enum Kind { A, B }

  record Inner(String text, Kind kind, Optional<LocalDate> date) {}

  record Outer(int n, long big, boolean flag, double ratio, Integer boxed, String maybe,
      List<Inner> inners, Set<String> unordered, Map<String, Integer> hashed,
      Map<String, Integer> ordered, byte[] bytes, URI uri, Optional<List<String>> nested,
      String[] texts) {}

  private static Object roundTrip(Type type, Object value) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ValueCodec.write(new DataOutputStream(bytes), type, value);
    return ValueCodec.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())),
        type);
  }

  @Test
  void recordsComeBackEqualAndDigestAsTheyDid() throws IOException {
    Map<String, Integer> ordered = new LinkedHashMap<>();
    ordered.put("z", 1);
    ordered.put("a", 2);
    Outer value = new Outer(7, 1L << 40, true, 0.5, null, "é ∑ " + "x".repeat(70_000),
        List.of(new Inner("i", Kind.B, Optional.of(LocalDate.of(2026, 12, 3))),
            new Inner("j", Kind.A, Optional.empty())),
        Set.of("s", "t", "u"), Map.of("k1", 1, "k2", 2, "k3", 3), ordered,
        new byte[] {1, 2, 3}, URI.create("https://example.org/a/"), Optional.of(List.of("n")),
        new String[] {"m", "h"});
    Outer back = (Outer) roundTrip(Outer.class, value);
    assertEquals(value.inners(), back.inners());
    assertEquals(value.unordered(), back.unordered());
    assertEquals(value.hashed(), back.hashed());
    assertEquals(List.copyOf(ordered.keySet()), List.copyOf(back.ordered().keySet()));
    assertArrayEquals(value.bytes(), back.bytes());
    assertArrayEquals(value.texts(), back.texts());
    assertEquals(value.maybe(), back.maybe());
    assertEquals(value.boxed(), back.boxed());
    assertEquals(Digester.of(value.unordered(), value.hashed(), value.ordered(), value.inners()),
        Digester.of(back.unordered(), back.hashed(), back.ordered(), back.inners()),
        "a value read back is the same input to anything keyed by it");
  }

  record WithObject(Object any) {}

  @Test
  void typesItCannotWriteAreRefused() {
    assertThrows(ValueCodec.Unsupported.class, () -> roundTrip(Object.class, new Object()));
    assertThrows(ValueCodec.Unsupported.class,
        () -> roundTrip(WithObject.class, new WithObject(new StringBuilder("x"))));
    assertThrows(ValueCodec.Unsupported.class,
        () -> roundTrip(WithObject.class, new WithObject(List.of(new Object()))));
  }

  @Test
  void valuesDeclaredAsObjectComeBackAsTheKindTheyWere() throws IOException {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("title", "T");
    params.put("weight", 3);
    params.put("big", 1L << 40);
    params.put("draft", false);
    params.put("ratio", 0.25);
    params.put("date", LocalDate.of(2026, 12, 3));
    params.put("tags", List.of("a", 1, Map.of("k", true)));
    params.put("record", new Inner("i", Kind.A, Optional.empty()));
    params.put("kind", Kind.B);
    params.put("none", null);
    WithObject back = (WithObject) roundTrip(WithObject.class, new WithObject(params));
    assertEquals(params, back.any());
    assertEquals(List.copyOf(params.keySet()), List.copyOf(((Map<?, ?>) back.any()).keySet()));
    assertEquals(Digester.of(params), Digester.of(back.any()));
  }
}
