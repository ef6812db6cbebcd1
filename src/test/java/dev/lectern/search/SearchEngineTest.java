package dev.lectern.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.markdown.HeadingId;
import dev.lectern.search.SearchPage.Kind;
import dev.lectern.search.SearchPage.PageInfo;
import java.util.List;
import java.util.Map;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The ranking rules of {@code search-engine.js}, on small indexes written by {@link SearchIndex}. */
class SearchEngineTest {
  private static JsSearchEngine js;

  @BeforeAll
  static void start() {
    js = new JsSearchEngine();
  }

  @AfterAll
  static void stop() {
    js.close();
  }

  private static SearchPage page(String url, Kind kind, String title, String description) {
    return PageIndexer.listing(new PageInfo(url, title, description, "", "", kind, false),
        List.of());
  }

  private static List<String> urls(List<SearchPage> pages, String query) {
    Map<String, byte[]> files = SearchIndex.files(pages);
    return js.search(files, query, 10).stream().map(JsSearchEngine.Result::url).toList();
  }

  @Test
  void listsChaptersBeforeTagAndRolePagesOnEqualScores() {
    List<SearchPage> pages = List.of(
        page("/tag/", Kind.TAG, "Asyncio tasks", ""),
        page("/role/", Kind.ROLE, "Asyncio tasks", ""),
        page("/chapter/", Kind.CHAPTER, "Asyncio tasks", ""));
    assertEquals(List.of("/chapter/", "/tag/", "/role/"), urls(pages, "asyncio"));
  }

  @Test
  void listsPagesWithEveryWordFirstThenPartialMatches() {
    List<SearchPage> pages = List.of(
        page("/one/", Kind.CHAPTER, "Generators generators generators", ""),
        page("/both/", Kind.CHAPTER, "Memory", "generator"),
        page("/none/", Kind.CHAPTER, "Unrelated", ""));
    assertEquals(List.of("/both/", "/one/"), urls(pages, "generator memory "));
  }

  @Test
  void completesTheLastWordAndForgivesTyposInLongWords() {
    List<SearchPage> pages = List.of(
        page("/gen/", Kind.CHAPTER, "Generators", ""),
        page("/meta/", Kind.CHAPTER, "Metaclasses", ""),
        page("/gil/", Kind.CHAPTER, "GIL", ""));
    assertEquals(List.of("/gen/"), urls(pages, "gene"));
    assertEquals(List.of(), urls(pages, "gene "), "a finished word is not a prefix");
    assertEquals(List.of("/meta/"), urls(pages, "metaclsases"));
    assertEquals(List.of(), urls(pages, "gli"), "no typos forgiven in short words");
    assertEquals(List.of("/gil/"), urls(pages, "the gil"), "stop words are dropped");
  }

  @Test
  void whileTheReaderTypesResultsComeFromTheDirectoryWithoutRecords() {
    Node document = Parser.builder().build().parse(
        "Opening words.\n\n## Lazy generators\n\nA generator keeps its frame.\n");
    // The site's parser gives each heading its id; this one is added by hand.
    document.getFirstChild().getNext().appendChild(
        new HeadingId("lazy-generators", "Lazy generators", true, 2));
    SearchPage chapter = PageIndexer.index(document,
        new PageInfo("/gen/", "Iteration", "", "", "", Kind.CHAPTER, false));
    Map<String, byte[]> files = SearchIndex.files(List.of(chapter,
        page("/meta/", Kind.CHAPTER, "Metaclasses", "")));

    List<JsSearchEngine.Result> typing = js.search(files, "generat", 10, false);
    assertEquals(1, typing.size());
    assertEquals("/gen/", typing.get(0).url(), "the page, as its best section is not known yet");
    assertEquals("Iteration", typing.get(0).title());
    assertEquals(List.of(), typing.get(0).docs());
    assertFalse(js.filesRead().stream().anyMatch(f -> f.startsWith("search/records/")),
        js.filesRead().toString());

    List<JsSearchEngine.Result> settled = js.search(files, "generat", 10, true);
    assertEquals("/gen/#lazy-generators", settled.get(0).url(), "its best section");
    assertEquals(List.of("/gen/#lazy-generators"), settled.get(0).docs());
    assertTrue(js.filesRead().stream().anyMatch(f -> f.startsWith("search/records/")),
        js.filesRead().toString());
  }
}
