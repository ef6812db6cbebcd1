package dev.lectern.highlight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.testing.TreeFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Highlights every {@code NAME.LANG.sample} under {@code src/test/resources/highlight}. Where
 * Prism.js knows the language, the expected output {@code NAME.LANG.prism.html} was written by
 * Prism.js 1.30 itself ({@code src/test/prism-reference}) and Lectern must match it exactly;
 * otherwise {@code NAME.LANG.html} pins Lectern's own output ({@code -Dgolden.update=true}).
 */
class HighlightGoldenTest {
  private static final Path DIR = Path.of("src/test/resources/highlight");
  private static final PrismHighlighter HIGHLIGHTER = PrismHighlighter.standard();

  static Stream<String> samples() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sample"))
          .sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void matchesPrismJs(String sample) throws IOException {
    String base = sample.substring(0, sample.length() - ".sample".length());
    String tag = base.substring(base.indexOf('.') + 1);
    String code = Files.readString(DIR.resolve(sample), StandardCharsets.UTF_8);
    String language = HIGHLIGHTER.language(tag).orElseThrow(() -> new AssertionError(tag));
    Highlighter.Result result = HIGHLIGHTER.highlight(language, code);
    assertTrue(result.problem().isEmpty(), result.problem().toString());
    String actual = result.html() + "\n";
    Path prism = DIR.resolve(base + ".prism.html");
    if (Files.exists(prism)) {
      assertEquals(Files.readString(prism, StandardCharsets.UTF_8), actual,
          "differs from Prism.js 1.30 for " + sample);
      return;
    }
    Path golden = DIR.resolve(base + ".html");
    if (TreeFiles.updating() || !Files.exists(golden)) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual);
  }

  @Test
  void everySampleLanguageHasAReferenceOrAGoldenFile() throws IOException {
    for (String sample : samples().toList()) {
      String base = sample.substring(0, sample.length() - ".sample".length());
      assertTrue(Files.exists(DIR.resolve(base + ".prism.html"))
          || Files.exists(DIR.resolve(base + ".html")), sample);
    }
  }
}
