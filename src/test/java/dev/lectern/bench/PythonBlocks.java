package dev.lectern.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Deterministic, varied 30-line Python blocks of the kind interview guides hold: classes,
 * decorators, f-strings, comprehensions, async code, docstrings and comments.
 */
final class PythonBlocks {
  private static final String[] NAMES = {"orders", "events", "users", "rows", "tasks", "jobs",
      "items", "records", "frames", "chunks", "pages", "tokens"};

  private PythonBlocks() {}

  static List<String> generate(int count) {
    List<String> blocks = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String n = NAMES[i % NAMES.length];
      blocks.add("""
          import asyncio
          from dataclasses import dataclass, field
          from functools import lru_cache


          @dataclass(frozen=True)
          class %1$sBatch%2$d:
              \"\"\"A batch of %1$s, processed lazily (variant %2$d).\"\"\"
              items: tuple[int, ...] = field(default_factory=tuple)
              limit: int = %3$d

              def chunks(self, size: int = 64):
                  # Yield fixed-size slices without copying the whole batch
                  for start in range(0, len(self.items), size):
                      yield self.items[start:start + size]


          @lru_cache(maxsize=%4$d)
          def score(value: int, weight: float = 0.5) -> float:
              return value ** 2 * weight if value %% 2 == 0 else -value / 3


          async def drain(queue: asyncio.Queue, name: str = "%1$s") -> list[float]:
              results = []
              while not queue.empty():
                  item = await queue.get()
                  results.append(score(item))
                  print(f"{name}: {len(results):>5} done, last={results[-1]:.3f}")
              return [r for r in results if r > 0]
          """.formatted(n, i, 1_000 + i, 128 << (i % 4)));
    }
    return blocks;
  }
}
