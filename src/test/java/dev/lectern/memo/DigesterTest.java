package dev.lectern.memo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DigesterTest {
  record Point(int x, int y) {}

  record Named(String name, Point at, List<String> tags, Optional<String> note) {}

  record Other(int x, int y) {}

  @Test
  void recordsAreDigestedFieldByFieldWithTheirType() {
    assertEquals(Digester.of(new Point(1, 2)), Digester.of(new Point(1, 2)));
    assertNotEquals(Digester.of(new Point(1, 2)), Digester.of(new Point(2, 1)));
    assertNotEquals(Digester.of(new Point(1, 2)), Digester.of(new Other(1, 2)),
        "two record types with the same values are different inputs");
    Named a = new Named("a", new Point(0, 0), List.of("x"), Optional.empty());
    assertEquals(Digester.of(a), Digester.of(new Named("a", new Point(0, 0), List.of("x"),
        Optional.empty())));
    assertNotEquals(Digester.of(a), Digester.of(new Named("a", new Point(0, 0), List.of("x"),
        Optional.of(""))));
  }

  @Test
  void boundariesBetweenPartsAreKept() {
    assertNotEquals(Digester.of("ab", "c"), Digester.of("a", "bc"));
    assertNotEquals(Digester.of(List.of("a", "b")), Digester.of(List.of("ab")));
    assertNotEquals(Digester.of((Object) null), Digester.of(""));
    assertNotEquals(Digester.of(1), Digester.of("1"));
    assertNotEquals(Digester.of(List.of()), Digester.of(Set.of()));
  }

  @Test
  void unorderedCollectionsDigestTheSameWhateverTheirIterationOrder() {
    Map<String, Integer> one = new HashMap<>();
    Map<String, Integer> two = new HashMap<>(64);
    for (int i = 0; i < 40; i++) {
      one.put("k" + i, i);
      two.put("k" + (39 - i), 39 - i);
    }
    assertEquals(Digester.of(one), Digester.of(two));
    assertEquals(Digester.of(Map.copyOf(one)), Digester.of(one));
    assertEquals(Digester.of(Set.of("a", "b", "c")), Digester.of(Set.of("c", "b", "a")));
  }

  @Test
  void orderedMapsKeepTheirOrder() {
    Map<String, Integer> ab = new LinkedHashMap<>();
    ab.put("a", 1);
    ab.put("b", 2);
    Map<String, Integer> ba = new LinkedHashMap<>();
    ba.put("b", 2);
    ba.put("a", 1);
    assertNotEquals(Digester.of(ab), Digester.of(ba), "order can matter to the output");
  }

  @Test
  void bytesAndLongTextsAreDigestedByContent() {
    assertEquals(Digester.ofBytes(new byte[] {1, 2, 3}), Digester.of((Object) new byte[] {1, 2, 3}));
    String long1 = "é".repeat(5000) + "x";
    String long2 = "é".repeat(5000) + "y";
    assertNotEquals(Digester.of(long1), Digester.of(long2));
    byte[] big = new byte[100_000];
    byte[] other = big.clone();
    other[99_999] = 1;
    assertNotEquals(Digester.ofBytes(big), Digester.ofBytes(other));
  }

  @Test
  void pathsAndUnknownTypesAreRefused() {
    IllegalArgumentException path = assertThrows(IllegalArgumentException.class,
        () -> Digester.of(new Named("n", new Point(0, 0), List.of(), Optional.empty()),
            Path.of("content/a.md")));
    assertTrue(path.getMessage().contains("digest the file's bytes"), path.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Digester.of(new Object()));
  }

  @Test
  void aFingerprintedValueStandsForItself() {
    Fingerprint inner = Digester.of("inputs");
    Fingerprinted value = () -> inner;
    assertEquals(Digester.of(value), Digester.of((Fingerprinted) () -> inner));
    assertNotEquals(Digester.of(value), Digester.of((Fingerprinted) () -> Digester.of("x")));
  }
}
