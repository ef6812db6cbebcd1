package dev.lectern.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.lectern.render.Theme;
import dev.lectern.testing.TreeFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Builds each site under {@code src/test/resources/sites/NAME/input} in memory and compares the
 * output file by file with {@code NAME/expected}. Run with {@code -Dgolden.update=true} to
 * rewrite the expectations, then review the change in git.
 */
class GoldenSiteTest {
  private static final Path SITES = Path.of("src/test/resources/sites");

  static Stream<String> sites() throws IOException {
    try (Stream<Path> list = Files.list(SITES)) {
      return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted()
          .toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sites")
  void buildsExactlyTheExpectedFiles(String name) {
    Path site = SITES.resolve(name);
    BuildResult result = new Build().render(BuildOptions.of(site.resolve("input")).withoutGitDates());
    SortedMap<String, byte[]> actual = withoutThemeAssetBytes(result.tree().files());
    Path expectedDir = site.resolve("expected");
    if (TreeFiles.updating()) {
      TreeFiles.replace(expectedDir, actual);
      return;
    }
    SortedMap<String, byte[]> expected = TreeFiles.read(expectedDir);
    assertEquals(List.copyOf(expected.keySet()), List.copyOf(actual.keySet()),
        "the set of output files differs (run with -Dgolden.update=true to accept)");
    List<String> differences = new ArrayList<>();
    expected.forEach((path, bytes) -> {
      String want = new String(bytes, StandardCharsets.UTF_8);
      String got = new String(actual.get(path), StandardCharsets.UTF_8);
      if (!want.equals(got)) {
        differences.add(firstDifference(path, want, got));
      }
    });
    if (!differences.isEmpty()) {
      fail(String.join("\n", differences) + "\n(run with -Dgolden.update=true to accept)");
    }
    assertEquals(List.of(), result.warnings());
  }

  /**
   * The built-in theme's assets are kept as empty files: their fingerprinted names already
   * change with their content, and copies of the theme would only bloat the expectations.
   */
  static SortedMap<String, byte[]> withoutThemeAssetBytes(SortedMap<String, byte[]> files) {
    java.util.Set<String> theme = Theme.assets().keySet();
    SortedMap<String, byte[]> out = new java.util.TreeMap<>(files);
    out.replaceAll((path, bytes) -> {
      String name = path.startsWith("assets/") ? path.substring("assets/".length())
          .replaceFirst("\\.[0-9a-f]{10}(?=\\.[^./]*$|$)", "") : "";
      return theme.contains(name) && Arrays.equals(Theme.assets().get(name), bytes)
          ? new byte[0] : bytes;
    });
    return out;
  }

  static String firstDifference(String path, String want, String got) {
    String[] a = want.split("\n", -1);
    String[] b = got.split("\n", -1);
    for (int i = 0; i < Math.max(a.length, b.length); i++) {
      String x = i < a.length ? a[i] : "<end of file>";
      String y = i < b.length ? b[i] : "<end of file>";
      if (!x.equals(y)) {
        return path + ":" + (i + 1) + ":\n  expected: " + x + "\n  actual:   " + y;
      }
    }
    return path + ": differs";
  }
}
