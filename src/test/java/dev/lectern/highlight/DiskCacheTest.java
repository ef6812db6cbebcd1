package dev.lectern.highlight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.api.HighlightedCode;
import dev.lectern.memo.Memo;
import dev.lectern.memo.MemoTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The on-disk highlight cache keeps exactly the blocks the last build used. */
class DiskCacheTest {
  @TempDir Path site;

  /** Highlights by wrapping the code, and records which blocks it was asked for. */
  private static final class Recording implements Highlighter {
    final List<String> asked = new ArrayList<>();

    @Override
    public Optional<String> language(String tag) {
      return Optional.of(tag);
    }

    @Override
    public List<String> knownTags() {
      return List.of();
    }

    @Override
    public synchronized Result highlight(String language, String code) {
      asked.add(code);
      return code.startsWith("slow")
          ? new Result(code, Optional.of("too slow"))
          : Result.ok("<b>" + code + "</b>");
    }
  }

  @Test
  void keepsTheBlocksOfTheLastBuildAndNothingElse() throws Exception {
    Recording first = new Recording();
    DiskCache cold = DiskCache.open(site);
    for (String code : List.of("a = 1", "b = 2", "slow", "a = 1")) {
      over(first, cold).highlight("python", code);
    }
    assertTrue(cold.save());
    assertEquals(List.of("highlight.bin"), files(), "the journal is gone");

    Recording second = new Recording();
    DiskCache warm = DiskCache.open(site);
    Highlighting warmHighlighting = over(second, warm);
    assertEquals(ok("<b>a = 1</b>"), warmHighlighting.highlight("python", "a = 1"));
    assertEquals(ok("<b>c = 3</b>"), warmHighlighting.highlight("python", "c = 3"));
    warmHighlighting.highlight("python", "slow");
    assertEquals(List.of("c = 3", "slow"), second.asked, "a = 1 came from the disk");
    assertTrue(warm.save());
    assertTrue(warm.save(), "a second save writes nothing and succeeds");

    Recording third = new Recording();
    DiskCache again = DiskCache.open(site);
    for (String code : List.of("a = 1", "b = 2", "c = 3", "slow")) {
      over(third, again).highlight("python", code);
    }
    assertEquals(List.of("b = 2", "slow"), third.asked,
        "the second build did not use b = 2, and problems are never cached");
    assertTrue(again.save());
    assertEquals(List.of("highlight.bin"), files());
  }

  /** Highlighting by {@code highlighter} through a memo that keeps nothing but the disk. */
  private static Highlighting over(Highlighter highlighter, DiskCache disk) {
    MemoTable<HighlightedCode> table = Memo.forOneBuild().table("highlight");
    table.backWith(disk);
    return new Highlighting(highlighter, table);
  }

  private static HighlightedCode ok(String html) {
    return new HighlightedCode(html, Optional.empty());
  }

  private List<String> files() throws Exception {
    try (Stream<Path> list = Files.list(site.resolve(DiskCache.FOLDER))) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
