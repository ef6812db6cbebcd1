package dev.lectern.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.pipeline.Build;
import dev.lectern.pipeline.BuildOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Relevance on the bundled guide: each query must bring its chapter into the first three pages,
 * ranked by the browser's own engine ({@code search-engine.js}, run in GraalJS) over the index
 * the build writes. The chapters asked for are the guide's long-standing ones.
 */
class RelevanceTest {
  private static final String BASE = "/lectern/";
  private static Map<String, byte[]> index;
  private static JsSearchEngine js;

  @BeforeAll
  static void build() {
    SortedMap<String, byte[]> files = Build.renderTree(
        BuildOptions.of(Path.of("").toAbsolutePath()).withoutGitDates()).files();
    index = files.subMap("search/", "search/\uffff");
    js = new JsSearchEngine();
  }

  @AfterAll
  static void stop() {
    js.close();
  }

  @ParameterizedTest(name = "''{0}'' finds {1}")
  @CsvSource(delimiter = '|', textBlock = """
      gil                      | concurrency/gil/
      metaclass                | objects/metaclasses/
      __slots__                | performance/slots/
      asyncio gather           | concurrency/asyncio/
      descriptor               | objects/descriptors/
      late binding             | iteration/closures/
      mro                      | objects/mro-and-super/
      context manager          | internals/context-managers/
      pickle                   | internals/copy-and-serialization/
      reference counting       | performance/memory-management/
      garbage collector        | performance/memory-management/
      deepcopy                 | internals/copy-and-serialization/
      decorator                | iteration/decorators/
      functools.wraps          | iteration/decorators/
      iterator protocol        | iteration/iterators/
      yield from               | iteration/generators/
      sys.modules              | internals/import-system/
      dunder methods           | internals/data-model/
      mutable default argument | internals/common-pitfalls/
      thread safety lock       | concurrency/thread-safety/
      multiprocessing threads  | concurrency/choosing-a-model/
      defaultdict              | performance/collections/
      cProfile                 | performance/profiling/
      type hints protocol      | design/typing/
      singleton                | design/patterns/
      super()                  | objects/mro-and-super/
      nonlocal                 | iteration/closures/
      TaskGroup                | concurrency/asyncio/
      event loop               | concurrency/asyncio/
      linting                  | production/code-quality/
      gunicorn                 | production/services-in-production/
      generater                | iteration/generators/
      metaclas                 | objects/metaclasses/
      descripter               | objects/descriptors/
      decorater                | iteration/decorators/
      asynco                   | concurrency/asyncio/
      genera                   | iteration/generators/
      metacl                   | objects/metaclasses/
      """)
  void ranksTheChapterInTheTopThree(String query, String chapter) {
    List<String> top = js.search(index, query, 3).stream()
        .map(r -> r.url().replaceFirst("#.*", "")).toList();
    assertTrue(top.contains(BASE + chapter), "'" + query + "' ranked " + top);
  }

  @Test
  void opensAChapterWhoseTitleHasTheQueryAtItsTop() {
    // A title match opens the page itself, not one of its sections such as "Quick answers".
    assertEquals(BASE + "objects/metaclasses/", js.search(index, "metaclass", 1).get(0).url());
  }

  @Test
  void opensTheMatchingSectionOtherwise() {
    assertEquals(BASE + "iteration/decorators/#why-does-functoolswraps-matter-and-what-does-it-copy",
        js.search(index, "functools.wraps", 1).get(0).url());
  }

  @Test
  void marksQueryWordsInExcerpts() {
    JsSearchEngine.Result best = js.search(index, "late binding", 1).get(0);
    assertTrue(best.excerpts().stream().anyMatch(e -> e.contains("<mark>late</mark>")
        && e.contains("<mark>binding</mark>")), best.excerpts().toString());
  }

  @Test
  void putsPagesWithEveryWordBeforePartialMatches() {
    List<JsSearchEngine.Result> results = js.search(index, "pickle zzzzunknownword", 5);
    assertEquals(BASE + "internals/copy-and-serialization/",
        results.get(0).url().replaceFirst("#.*", ""), "partial matches still listed");
  }
}
