package dev.lectern.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The browser stems and splits queries with its own code ({@code search-engine.js}); the index
 * is built with {@link Stemmer} and {@link Words}. A query finds nothing if the two disagree on
 * a single word, so they are held to identical results on every word of the bundled guide and on
 * a vocabulary built to pass through every rule of the algorithm.
 */
class StemmerParityTest {
  private static JsSearchEngine js;

  @BeforeAll
  static void start() {
    js = new JsSearchEngine();
  }

  @AfterAll
  static void stop() {
    js.close();
  }

  @Test
  void stemsEveryWordOfTheGuideAsJavaDoes() throws IOException {
    Set<String> words = new TreeSet<>();
    for (Path file : guideFiles()) {
      Words.each(Files.readString(file), words::add);
    }
    assertTrue(words.size() > 3000, "the guide has " + words.size() + " distinct words");
    assertSameStems(new ArrayList<>(words));
  }

  @Test
  void stemsAVocabularyThatExercisesEveryRule() {
    List<String> words = StemmerVocabulary.words();
    assertTrue(words.size() > 20_000, words.size() + " words");
    assertSameStems(words);
  }

  @Test
  void splitsAndNormalisesTextAsJavaDoes() throws IOException {
    for (Path file : guideFiles()) {
      String text = Files.readString(file);
      List<String> java = new ArrayList<>();
      Words.each(text, java::add);
      assertEquals(java, js.words(text), file.toString());
    }
    String mixed = "Café naïve ÉCOLE straße ﬁnal x² ⅠⅡ 𝑥𝑦 İstanbul Ωμέγα __slots__ 3.12 don't";
    List<String> java = new ArrayList<>();
    Words.each(mixed, java::add);
    assertEquals(List.of("cafe", "naive", "ecole", "straße", "final", "x2", "iii", "xy",
        "istanbul", "ωμεγα", "slots", "3", "12", "don", "t"), java);
    assertEquals(java, js.words(mixed));
  }

  @Test
  void knowsSnowballsExamples() {
    List<String> words = List.of("generators", "generated", "generater", "metaclasses",
        "caresses", "ponies", "ties", "cats", "feed", "agreed", "plastered", "motoring",
        "hopping", "hoped", "sized", "happy", "relational", "conditional", "triplicate",
        "formative", "revival", "adjustable", "skies", "dying", "news", "inning", "proceed",
        "generous", "communism", "arsenal", "'tis", "yes", "sayings", "fly", "by");
    List<String> stems = List.of("generat", "generat", "generat", "metaclass", "caress",
        "poni", "tie", "cat", "feed", "agre", "plaster", "motor", "hop", "hope", "size",
        "happi", "relat", "condit", "triplic", "format", "reviv", "adjust", "sky", "die",
        "news", "inning", "proceed", "generous", "communism", "arsenal", "tis", "yes", "say",
        "fli", "by");
    assertEquals(stems, words.stream().map(Stemmer::stem).toList());
    assertEquals(stems, js.stems(words));
  }

  private static void assertSameStems(List<String> words) {
    List<String> java = words.stream().map(Stemmer::stem).toList();
    List<String> browser = js.stems(words);
    List<String> differences = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      if (!java.get(i).equals(browser.get(i))) {
        differences.add(words.get(i) + ": Java " + java.get(i) + ", JS " + browser.get(i));
      }
    }
    assertEquals(List.of(), differences.stream().limit(40).toList(),
        differences.size() + " of " + words.size() + " words stem differently");
  }

  private static List<Path> guideFiles() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("content"))) {
      return files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
  }
}
