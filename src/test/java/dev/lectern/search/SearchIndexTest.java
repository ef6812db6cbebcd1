package dev.lectern.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lectern.pipeline.Build;
import dev.lectern.pipeline.BuildOptions;
import dev.lectern.diagnostic.BuildFailedException;
import dev.lectern.testing.Diags;
import dev.lectern.testing.TestSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CHAPTER = """
      ---
      title: First
      description: The first chapter of the test guide, with an intro section.
      level: senior
      %s
      ---
      Opening words about descriptors.

      ## Why generators?

      Generators are lazy. A table:

      | left | right |
      | --- | --- |
      | alpha | beta |

      ### Laziness in detail

      More words.

      ```python
      secretcodeword = 1
      ```

      :::faq Quick answers
      ### Is a generator an iterator?
      Yes, always.
      :::

      :::quiz Test yourself
      ### Which keyword makes a generator?
      difficulty: easy

      - [x] yield
      - [ ] return

      Only yield does.
      :::
      """;

  @TempDir
  Path dir;

  private SortedMap<String, byte[]> build() {
    return new Build().render(BuildOptions.of(dir).withoutGitDates()).tree().files();
  }

  private static JsonNode json(Map<String, byte[]> files, String path) throws IOException {
    byte[] bytes = files.get(path);
    assertTrue(bytes != null, "no " + path + " in " + files.keySet());
    return JSON.readTree(bytes);
  }

  /** The directory entry of the page at {@code url}: [record name, title, URL]. */
  private static JsonNode entry(SortedMap<String, byte[]> files, String url) throws IOException {
    JsonNode manifest = json(files, "search/manifest.json");
    for (JsonNode file : manifest.get("directory").get("files")) {
      for (JsonNode entry : json(files, "search/" + file.asText())) {
        if (entry.get(2).asText().equals(url)) {
          return entry;
        }
      }
    }
    throw new AssertionError("no directory entry for " + url);
  }

  private static JsonNode record(SortedMap<String, byte[]> files, String url) throws IOException {
    return json(files, "search/records/" + entry(files, url).get(0).asText() + ".json");
  }

  private static String allIndexText(SortedMap<String, byte[]> files) {
    StringBuilder all = new StringBuilder();
    files.subMap("search/", "search/\uffff").values()
        .forEach(b -> all.append(new String(b, StandardCharsets.UTF_8)));
    return all.toString();
  }

  @Test
  void recordsEachSectionWithItsHeadingAndExcerpt() throws IOException {
    TestSite.minimal(dir).file("content/topics/01-first.md", CHAPTER.formatted(""));
    SortedMap<String, byte[]> files = build();
    assertEquals("First", entry(files, "/guide/topics/first/").get(1).asText());
    JsonNode record = record(files, "/guide/topics/first/");
    List<String> docs = new ArrayList<>();
    record.get("d").forEach(d -> docs.add(d.get(0).asText() + " | " + d.get(1).asText() + " | "
        + d.get(2).asText()));
    assertEquals(List.of(
        " |  | The first chapter of the test guide, with an intro section. Opening words about "
            + "descriptors.",
        "why-generators | Why generators? | Generators are lazy. A table: left right alpha beta "
            + "More words.",
        "quick-answers | Quick answers | Yes, always.",
        "test-yourself | Test yourself | yield return Only yield does."), docs);
  }

  @Test
  void indexesQuestionsAndHeadingsButNotCodeUnlessThePageAsks() throws IOException {
    TestSite.minimal(dir).file("content/topics/01-first.md", CHAPTER.formatted(""));
    SortedMap<String, byte[]> files = build();
    String text = allIndexText(files);
    for (String term : List.of("\"iter\"", "\"keyword\"", "\"lazi\"", "\"alpha\"", "\"descriptor\"")) {
      assertTrue(text.contains(term), term + " is indexed");
    }
    assertFalse(text.contains("secretcodeword"), "code blocks are not indexed");

    TestSite.minimal(dir).file("content/topics/01-first.md",
        CHAPTER.formatted("search: {code: true}"));
    assertTrue(allIndexText(build()).contains("\"secretcodeword\""), "this page asked for code");
  }

  @Test
  void rejectsUnknownSearchOptions() {
    TestSite.minimal(dir).file("content/topics/01-first.md",
        CHAPTER.formatted("search: {cod: true}"));
    BuildFailedException e = assertThrows(BuildFailedException.class, this::build);
    assertEquals(1, Diags.errors(e.diagnostics()).size(), Diags.errors(e.diagnostics()).toString());
    assertTrue(Diags.errors(e.diagnostics()).get(0).contains("cod"),
        Diags.errors(e.diagnostics()).toString());
  }

  @Test
  void namesEveryFileButTheManifestByItsContent() throws IOException {
    TestSite.minimal(dir).file("content/topics/01-first.md", CHAPTER.formatted(""));
    SortedMap<String, byte[]> files = build();
    JsonNode manifest = json(files, "search/manifest.json");
    assertEquals(3, manifest.get("version").asInt());
    List<String> named = new ArrayList<>();
    manifest.get("dict").forEach(f -> named.add(f.asText()));
    manifest.get("chunks").forEach(c -> named.add(c.get(1).asText()));
    manifest.get("directory").get("files").forEach(f -> named.add(f.asText()));
    named.add(manifest.get("pageTable").asText());
    for (String name : named) {
      byte[] bytes = files.get("search/" + name);
      assertTrue(bytes != null, name);
      assertTrue(name.endsWith("/" + IndexFiles.hash(bytes) + ".json"), name);
    }
    JsonNode directory = json(files, "search/" + manifest.get("directory").get("files").get(0)
        .asText());
    assertEquals(manifest.get("pages").asInt(), directory.size());
    // Pages name the manifest only, never a fingerprinted index file.
    String html = new String(files.get("topics/first/index.html"), StandardCharsets.UTF_8);
    assertTrue(html.contains("data-index=\"/guide/search/manifest.json\""), html);
    assertFalse(html.contains("search/words/") || html.contains("search/postings/"));
  }

  @Test
  void aRebuildAfterAnEditChangesOnlyTheFilesOfWhatChanged() {
    TestSite site = TestSite.minimal(dir);
    for (int i = 1; i <= 40; i++) {
      site.file("content/topics/%02d-chapter-%d.md".formatted(i, i), """
          ---
          title: Chapter %d on topic%d
          description: A chapter of the test guide about topic%d and a few shared words.
          ---
          ## Section

          Words about topic%d, memory, generators and iterators, plus unique%d.
          """.formatted(i, i, i, i, i));
    }
    TreeSet<String> before = new TreeSet<>(build().subMap("search/", "search/\uffff").keySet());
    site.file("content/topics/07-chapter-7.md", """
        ---
        title: Chapter 7 on topic7
        description: A chapter of the test guide about topic7 and a few shared words.
        ---
        ## Section

        Words about topic7, memory, generators and iterators, plus unique7 and novelword.
        """);
    TreeSet<String> after = new TreeSet<>(build().subMap("search/", "search/\uffff").keySet());
    TreeSet<String> changed = new TreeSet<>(after);
    changed.removeAll(before);
    assertNotEquals(0, changed.size());
    // The edited page's record, its directory file, the shard and chunk of the new word and of
    // the page's other words: a handful, out of many.
    assertTrue(changed.size() <= 8, changed + " of " + after.size());
    assertTrue(after.size() > 60, after.size() + " files");
    assertTrue(after.contains("search/manifest.json"));
  }
}
