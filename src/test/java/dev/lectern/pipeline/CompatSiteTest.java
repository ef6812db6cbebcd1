package dev.lectern.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.lectern.diagnostic.DiagnosticReporter;
import dev.lectern.init.Importer;
import dev.lectern.testing.Cli;
import dev.lectern.testing.TestSite;
import dev.lectern.testing.TreeFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Docs projects written the way other tools want them (MkDocs Material, Docusaurus, VitePress,
 * Hugo, a plain tree of GitHub READMEs), each under {@code src/test/resources/compat/NAME/input},
 * built as a new user would: {@code lectern init --from} where the project has no site.yml
 * (and no mkdocs.yml, which Lectern reads itself), then {@code lectern build}, without editing a
 * Markdown file. The site.yml written, the whole output and the warnings (as the command line
 * prints them) must equal {@code NAME/expected-site.yml}, {@code NAME/expected/} and
 * {@code NAME/expected-warnings.txt}; {@code -Dgolden.update=true} rewrites them.
 */
class CompatSiteTest {
  private static final Path PROJECTS = Path.of("src/test/resources/compat");

  @TempDir Path dir;

  static Stream<String> projects() throws IOException {
    try (Stream<Path> list = Files.list(PROJECTS)) {
      return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted()
          .toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("projects")
  void buildsWithoutEditsAsExpected(String name) throws Exception {
    Path expected = PROJECTS.resolve(name);
    Path project = dir.resolve(name);
    TestSite.empty(project).copyFrom(expected.resolve("input"));
    SortedMap<String, byte[]> before = TreeFiles.read(project);
    String siteYml = "";
    if (!Files.exists(project.resolve("site.yml"))
        && !Files.exists(project.resolve("mkdocs.yml"))) {
      Importer.write(project);
      siteYml = Files.readString(project.resolve("site.yml"), StandardCharsets.UTF_8);
    }
    BuildResult result = new Build().render(BuildOptions.of(project).withoutGitDates());
    compareText(expected.resolve("expected-site.yml"), siteYml);
    compareText(expected.resolve("expected-warnings.txt"), report(project, result));
    compareTree(expected.resolve("expected"),
        GoldenSiteTest.withoutThemeAssetBytes(result.tree().files()));
    assertNothingChanged(project, before, siteYml);
  }

  /** A build on disk writes its output folder (and cache), and no other file. */
  private static void assertNothingChanged(Path project, SortedMap<String, byte[]> before,
      String siteYml) {
    Cli cli = Cli.run("build", "--source", project.toString(), "--quiet");
    assertEquals(0, cli.exitCode(), cli.err());
    SortedMap<String, byte[]> after = new TreeMap<>(TreeFiles.read(project));
    after.keySet().removeIf(p -> p.startsWith("site/") || p.startsWith(".lectern-cache/"));
    if (!siteYml.isEmpty()) {
      after.remove("site.yml");
    }
    assertEquals(List.copyOf(before.keySet()), List.copyOf(after.keySet()),
        "only the output folder, the cache and site.yml are new");
    before.forEach((path, bytes) -> assertTrue(java.util.Arrays.equals(bytes, after.get(path)),
        path + " was changed"));
  }

  private static String report(Path project, BuildResult result) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new DiagnosticReporter(project, new PrintStream(bytes, true, StandardCharsets.UTF_8))
        .report(result.warnings());
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static void compareText(Path file, String actual) throws IOException {
    if (TreeFiles.updating()) {
      if (actual.isEmpty()) {
        Files.deleteIfExists(file);
      } else {
        Files.writeString(file, actual, StandardCharsets.UTF_8);
      }
      return;
    }
    String expected = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    assertEquals(expected, actual, file + " (run with -Dgolden.update=true to accept)");
  }

  private static void compareTree(Path expectedDir, SortedMap<String, byte[]> actual) {
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
        differences.add(GoldenSiteTest.firstDifference(path, want, got));
      }
    });
    if (!differences.isEmpty()) {
      fail(String.join("\n", differences) + "\n(run with -Dgolden.update=true to accept)");
    }
  }
}
