package dev.lectern.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.pipeline.Build;
import dev.lectern.pipeline.BuildOptions;
import dev.lectern.testing.TestSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {
  @TempDir
  Path dir;

  @Test
  void splitsTerms() {
    assertEquals(List.of("lot", "memory", "saves", "slots", "way"),
        SearchIndex.terms("__slots__ saves memory: it is THE way, saves a lot of memory"));
    assertEquals(List.of("async", "def", "rückgabe"), SearchIndex.terms("Rückgabe: async def"));
    assertEquals(List.of("x²", "ⅰⅱ", "𝑥𝑦"), SearchIndex.terms("x² ⅠⅡ 𝑥𝑦 a"));
  }

  @Test
  void indexesEachSectionWithItsQuestionsButNotItsCode() {
    TestSite.minimal(dir).file("content/topics/01-first.md", """
        ---
        title: First
        description: The first chapter of the test guide, with an intro section.
        ---
        Opening words about descriptors.

        ## Why generators?

        Generators are lazy. A table:

        | left | right |
        | --- | --- |
        | alpha | beta |

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
        """);
    String json = new String(
        new Build().render(BuildOptions.of(dir).withoutGitDates()).tree().files().entrySet()
            .stream().filter(e -> e.getKey().startsWith("assets/search-index."))
            .findFirst().orElseThrow().getValue(), StandardCharsets.UTF_8);
    assertTrue(json.contains("[\"/guide/topics/first/\",\"First\",\"\","
        + "\"Opening words about descriptors.\",\"\","
        + "\"The first chapter of the test guide, with an intro section.\","
        + "\"about descriptors opening words\"]"), json);
    assertTrue(json.contains("[\"/guide/topics/first/#why-generators\",\"First\","
        + "\"Why generators?\",\"Generators are lazy. A table:\",\"\","
        + "\"\",\"alpha beta generators lazy left right table why\"]"), json);
    assertTrue(json.contains("[\"/guide/topics/first/#quick-answers\",\"First\",\"Quick answers\","
        + "\"Yes, always.\",\"Is a generator an iterator?\",\"\",\"always yes\"]"), json);
    assertTrue(json.contains("[\"/guide/topics/first/#test-yourself\",\"First\",\"Test yourself\","
        + "\"Only yield does.\",\"Which keyword makes a generator?\",\"\","
        + "\"only return yield\"]"), json);
    assertFalse(json.contains("secretcodeword"), "code blocks are not indexed");
  }
}
