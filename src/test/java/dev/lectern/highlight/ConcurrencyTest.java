package dev.lectern.highlight;

import dev.lectern.memo.Memo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** One highlighter shared by many threads gives exactly what one thread gives. */
class ConcurrencyTest {
  @Test
  void aSharedHighlighterIsThreadSafe() throws Exception {
    PrismHighlighter highlighter = PrismHighlighter.shared();
    List<String[]> blocks = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/highlight"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".sample")).sorted().toList()) {
        String name = p.getFileName().toString();
        String tag = name.substring(name.indexOf('.') + 1, name.length() - ".sample".length());
        blocks.add(new String[] {highlighter.language(tag).orElseThrow(), Files.readString(p)});
      }
    }
    List<String> expected = blocks.stream()
        .map(b -> highlighter.highlight(b[0], b[1]).html()).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int offset = t;
        Callable<Integer> task = () -> {
          int mismatches = 0;
          for (int round = 0; round < 150; round++) {
            int i = (round + offset) % blocks.size();
            String[] b = blocks.get(i);
            if (!highlighter.highlight(b[0], b[1]).html().equals(expected.get(i))) {
              mismatches++;
            }
          }
          return mismatches;
        };
        results.add(pool.submit(task));
      }
      for (Future<Integer> f : results) {
        assertEquals(0, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theCacheHighlightsEachDistinctBlockOnce() {
    AtomicInteger calls = new AtomicInteger();
    Highlighter counting = new Highlighter() {
      @Override
      public java.util.Optional<String> language(String tag) {
        return java.util.Optional.of(tag);
      }

      @Override
      public List<String> knownTags() {
        return List.of();
      }

      @Override
      public Result highlight(String language, String code) {
        calls.incrementAndGet();
        return Result.ok(code);
      }
    };
    Memo memo = Memo.acrossBuilds();
    Highlighting cache = new Highlighting(counting, memo.table("highlight"));
    List.of("a", "b", "a", "a", "b").forEach(c -> cache.highlight("python", c));
    cache.highlight("json", "a");
    assertEquals(3, memo.size());
    assertEquals(3, calls.get(), "each distinct (language, code) is highlighted once");
  }
}
