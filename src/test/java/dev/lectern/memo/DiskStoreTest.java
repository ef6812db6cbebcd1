package dev.lectern.memo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.diagnostic.SourcePosition;
import dev.lectern.testing.Diags;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A memo table kept on disk keeps exactly the entries the last build used, and only whole files. */
class DiskStoreTest {
  @TempDir Path site;

  record Value(String text, Optional<Integer> number, List<String> tags) {}

  /** One build: a table over the store, asked for each key; returns the keys computed. */
  private List<String> build(List<String> keys) {
    return build(keys, DiskStore.MAX_FILE_BYTES);
  }

  private List<String> build(List<String> keys, long maxBytes) {
    DiskStore<Value> store = new DiskStore<>(site, "values", Value.class, maxBytes);
    MemoTable<Value> table = Memo.forOneBuild().table("values");
    table.backWith(store);
    List<String> computed = new ArrayList<>();
    for (String key : keys) {
      Diagnostics out = new Diagnostics();
      Value v = table.get(Digester.of(key), out, own -> {
        computed.add(key);
        if (key.startsWith("warn")) {
          own.warning(new SourcePosition("a.md", 2, 3), "about " + key, "");
        }
        return new Value(key, Optional.of(key.length()), List.of(key, "x"));
      });
      assertEquals(new Value(key, Optional.of(key.length()), List.of(key, "x")), v);
      if (key.startsWith("warn")) {
        assertEquals(List.of("a.md:2:3: warning: about " + key), Diags.headlines(out),
            "diagnostics come back with the stored value");
      }
    }
    assertTrue(store.save());
    return computed;
  }

  @Test
  void keepsTheEntriesOfTheLastBuildAndNothingElse() throws Exception {
    assertEquals(List.of("a", "b", "warn-c"), build(List.of("a", "b", "warn-c")));
    assertEquals(List.of("values.bin"), files(), "the journal is gone");
    assertEquals(List.of("d"), build(List.of("a", "warn-c", "d")));
    assertEquals(List.of("b"), build(List.of("a", "b", "warn-c", "d")),
        "the second build did not use b, so it was not kept");
    assertEquals(List.of(), build(List.of("a", "b", "warn-c", "d")));
  }

  @Test
  void aFileHoldsNoMoreThanItsSizeAndTheRestIsComputedAgain() throws Exception {
    List<String> keys = List.of("a", "b", "c", "d", "e", "f");
    build(keys, 400);
    long size = Files.size(site.resolve(DiskStore.FOLDER).resolve("values.bin"));
    assertTrue(size < 500, "bounded: " + size);
    List<String> again = build(keys, 400);
    assertFalse(again.isEmpty(), "entries past the bound are computed again");
    assertTrue(again.size() < keys.size(), "the ones that fit are kept: " + again);
    assertEquals(again, build(keys, 400), "the same entries fit each time");
  }

  @Test
  void aTornOrForeignFileIsDiscarded() throws Exception {
    build(List.of("a", "b"));
    Path file = site.resolve(DiskStore.FOLDER).resolve("values.bin");
    byte[] whole = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(whole, whole.length - 3));
    assertEquals(List.of("a", "b"), build(List.of("a", "b")), "a file cut short is not trusted");
    byte[] flipped = Files.readAllBytes(file);
    flipped[flipped.length / 2] ^= 1;
    Files.write(file, flipped);
    assertEquals(List.of("a", "b"), build(List.of("a", "b")), "a changed byte fails the sum");
    DiskStore<String> other = new DiskStore<>(site, "values", String.class);
    assertEquals(Optional.empty(), other.find(Digester.of("a")),
        "a file written for another value type is not read");
  }

  @Test
  void valuesTheCodecCannotWriteStayInMemoryOnly() {
    DiskStore<Object> store = new DiskStore<>(site, "objects", Object.class);
    MemoTable<Object> table = Memo.forOneBuild().table("objects");
    table.backWith(store);
    table.get(Digester.of("k"), new Diagnostics(), d -> new Object());
    assertTrue(store.save());
    assertEquals(Optional.empty(), new DiskStore<Object>(site, "objects", Object.class)
        .find(Digester.of("k")));
  }

  private List<String> files() throws Exception {
    try (Stream<Path> list = Files.list(site.resolve(DiskStore.FOLDER))) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
