package dev.lectern.memo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.diagnostic.SourcePosition;
import dev.lectern.testing.Diags;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemoTest {
  @TempDir Path dir;

  @Test
  void aHitReplaysTheDiagnosticsOfTheComputation() {
    Memo memo = Memo.acrossBuilds();
    MemoTable<String> table = memo.table("t");
    AtomicInteger runs = new AtomicInteger();
    for (int i = 0; i < 3; i++) {
      Diagnostics out = new Diagnostics();
      String value = table.get(Digester.of("k"), out, own -> {
        runs.incrementAndGet();
        own.warning(new SourcePosition("a.md", 3, 1), "careful", "");
        return "v";
      });
      assertEquals("v", value);
      assertEquals(List.of("a.md:3:1: warning: careful"), Diags.headlines(out));
    }
    assertEquals(1, runs.get());
  }

  @Test
  void aValueThatReadAFileIsReusedOnlyWhileTheFileIsUnchanged() throws Exception {
    Files.writeString(dir.resolve("part.txt"), "one");
    MemoTable<String> table = Memo.acrossBuilds().table("t");
    AtomicInteger runs = new AtomicInteger();
    MemoTable.Computation<String> read = (out, files) -> {
      runs.incrementAndGet();
      return files.read("part.txt").map(b -> new String(b, StandardCharsets.UTF_8))
          .orElse("none");
    };
    Fingerprint key = Digester.of("page");
    assertEquals("one", table.get(key, new Diagnostics(), FileSnapshot.of(dir), read));
    assertEquals("one", table.get(key, new Diagnostics(), FileSnapshot.of(dir), read));
    assertEquals(1, runs.get());
    Files.writeString(dir.resolve("part.txt"), "two");
    assertEquals("two", table.get(key, new Diagnostics(), FileSnapshot.of(dir), read));
    Files.delete(dir.resolve("part.txt"));
    assertEquals("none", table.get(key, new Diagnostics(), FileSnapshot.of(dir), read));
    assertEquals(3, runs.get());
  }

  @Test
  void filesOutsideTheSnapshotAreNotRead() throws Exception {
    Path site = Files.createDirectories(dir.resolve("site"));
    Files.writeString(dir.resolve("secret.txt"), "no");
    assertEquals(java.util.Optional.empty(), FileSnapshot.of(site).read("../secret.txt"));
  }

  @Test
  void aGoodBuildDropsWhatItDidNotUseAndAFailedOneDropsNothing() {
    Memo memo = Memo.acrossBuilds();
    MemoTable<Integer> table = memo.table("t");
    memo.beginBuild();
    table.get(Digester.of(1), new Diagnostics(), d -> 1);
    table.get(Digester.of(2), new Diagnostics(), d -> 2);
    memo.endBuild(true);
    assertEquals(2, memo.size());
    memo.beginBuild();
    table.get(Digester.of(1), new Diagnostics(), d -> 1);
    memo.endBuild(false);
    assertEquals(2, memo.size(), "a failed build keeps everything");
    memo.beginBuild();
    table.get(Digester.of(1), new Diagnostics(), d -> 1);
    memo.endBuild(true);
    assertEquals(1, memo.size(), "entry 2 was not used by the last good build");
  }

  @Test
  void aMemoForOneBuildKeepsNothing() {
    Memo memo = Memo.forOneBuild();
    AtomicInteger runs = new AtomicInteger();
    for (int i = 0; i < 2; i++) {
      memo.<Integer>table("t").get(Digester.of(1), new Diagnostics(), d -> runs.incrementAndGet());
    }
    assertEquals(2, runs.get());
    assertEquals(0, memo.size());
  }

  @Test
  void anEntryInUseKeepsWhatItWasComputedFrom() {
    Memo memo = Memo.acrossBuilds();
    MemoTable<String> pages = memo.table("pages");
    MemoTable<String> code = memo.table("code");
    AtomicInteger highlighted = new AtomicInteger();
    java.util.function.Supplier<String> page = () -> pages.get(Digester.of("page"),
        new Diagnostics(), d -> "<pre>" + code.get(Digester.of("x = 1"), new Diagnostics(),
            e -> "hl" + highlighted.incrementAndGet()) + "</pre>");
    memo.beginBuild();
    assertEquals("<pre>hl1</pre>", page.get());
    memo.endBuild(true);
    memo.beginBuild();
    assertEquals("<pre>hl1</pre>", page.get());  // a hit: the code table is not asked
    memo.endBuild(true);
    assertEquals(2, memo.size(), "the page's highlighted code is still alive");
    memo.beginBuild();
    assertEquals("hl1", code.get(Digester.of("x = 1"), new Diagnostics(), e -> "again"));
    memo.endBuild(true);
  }

  @Test
  void anEntryInUseKeepsWhatItUsedInTheCacheFilesToo() {
    java.util.function.Function<AtomicInteger, String> build = counter -> {
      Memo memo = Memo.forOneBuild();
      DiskStore<String> pagesFile = new DiskStore<>(dir, "pages", String.class);
      DiskStore<String> codeFile = new DiskStore<>(dir, "code", String.class);
      memo.<String>table("pages").backWith(pagesFile);
      memo.<String>table("code").backWith(codeFile);
      String page = memo.<String>table("pages").get(Digester.of("page"), new Diagnostics(),
          d -> memo.<String>table("code").get(Digester.of("x = 1"), new Diagnostics(),
              e -> "hl" + counter.incrementAndGet()));
      pagesFile.save();
      codeFile.save();
      return page;
    };
    AtomicInteger counter = new AtomicInteger();
    assertEquals("hl1", build.apply(counter));
    assertEquals("hl1", build.apply(counter));
    assertEquals("hl1", build.apply(counter));
    Memo memo = Memo.forOneBuild();
    memo.<String>table("code").backWith(new DiskStore<>(dir, "code", String.class));
    assertEquals("hl1", memo.<String>table("code").get(Digester.of("x = 1"), new Diagnostics(),
        e -> "lost"), "builds that took the page from its file kept its code in the code file");
  }
}
