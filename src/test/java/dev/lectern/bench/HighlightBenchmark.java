package dev.lectern.bench;

import dev.lectern.highlight.Highlighter;
import dev.lectern.highlight.PrismHighlighter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Highlighting throughput for realistic 30-line Python blocks, on 1 and 2 threads: blocks per
 * second and MB/s, median of several timed rounds after a warm-up. Not a unit test; run it with
 * {@code bench/highlight}. Every block is distinct and no cache is involved.
 */
public final class HighlightBenchmark {
  private static final int BLOCKS = 400;

  private HighlightBenchmark() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    Highlighter highlighter = PrismHighlighter.shared();
    List<String> blocks = PythonBlocks.generate(BLOCKS);
    long bytes = blocks.stream().mapToLong(b -> b.getBytes(StandardCharsets.UTF_8).length).sum();
    long lines = blocks.stream().mapToLong(b -> b.lines().count()).sum();
    System.out.printf(Locale.ROOT, "%d distinct Python blocks, %.1f lines and %.0f bytes each%n",
        BLOCKS, lines / (double) BLOCKS, bytes / (double) BLOCKS);
    measure("Lectern (Prism.js tokenizer, budgeted)", highlighter, blocks, bytes, lines, rounds);
    measure("prism4j's own tokenize(), same grammar", prism4jTokenize(), blocks, bytes, lines,
        rounds);
  }

  /** prism4j's tokenizer over Lectern's Python grammar, for comparison (no budget, no HTML). */
  private static Highlighter prism4jTokenize() {
    io.noties.prism4j.Prism4j.Grammar python = dev.lectern.highlight.grammar.Grammars.load()
        .get("python").orElseThrow();
    io.noties.prism4j.Prism4j prism = new io.noties.prism4j.Prism4j(
        new io.noties.prism4j.GrammarLocator() {
          @Override
          public io.noties.prism4j.Prism4j.Grammar grammar(io.noties.prism4j.Prism4j p, String l) {
            return python;
          }

          @Override
          public java.util.Set<String> languages() {
            return java.util.Set.of("python");
          }
        });
    return new Highlighter() {
      @Override
      public java.util.Optional<String> language(String tag) {
        return java.util.Optional.of(tag);
      }

      @Override
      public List<String> knownTags() {
        return List.of("python");
      }

      @Override
      public Result highlight(String language, String code) {
        return Result.ok(String.valueOf(prism.tokenize(code, python).size()));
      }
    };
  }

  private static void measure(String label, Highlighter highlighter, List<String> blocks,
      long bytes, long lines, int rounds) throws Exception {
    System.out.println(label + ":");
    for (int threads : new int[] {1, 2}) {
      run(highlighter, blocks, threads, 3, false);
      List<Double> seconds = new ArrayList<>();
      for (int r = 0; r < rounds; r++) {
        seconds.add(run(highlighter, blocks, threads, 1, true));
      }
      seconds.sort(null);
      double median = seconds.get(seconds.size() / 2);
      System.out.printf(Locale.ROOT,
          "  %d thread%s: %,.0f blocks/s, %.2f MB/s, %,.0f lines/s (median of %d rounds, %.3f s each)%n",
          threads, threads == 1 ? " " : "s", BLOCKS / median, bytes / median / 1e6,
          lines / median, rounds, median);
    }
  }

  private static double run(Highlighter h, List<String> blocks, int threads, int repeat,
      boolean timed) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      long start = System.nanoTime();
      for (int k = 0; k < repeat; k++) {
        List<Future<Integer>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          int first = t;
          parts.add(pool.submit(() -> {
            int chars = 0;
            for (int i = first; i < blocks.size(); i += threads) {
              chars += h.highlight("python", blocks.get(i)).html().length();
            }
            return chars;
          }));
        }
        for (Future<Integer> f : parts) {
          f.get();
        }
      }
      return timed ? (System.nanoTime() - start) / 1e9 : 0;
    } finally {
      pool.shutdownNow();
    }
  }
}
