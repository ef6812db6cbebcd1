package dev.lectern.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.testing.Cli;
import dev.lectern.testing.TestSite;
import dev.lectern.testing.TreeFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each folder of {@code src/test/resources/sites-invalid/} (other than {@code _base}) holds files
 * laid over a valid base site to break it, and {@code expected-stderr.txt}: the exact report. The
 * build must exit with 1, print exactly that, and leave the previous output untouched.
 * {@code -Dgolden.update=true} rewrites the expected reports.
 */
class InvalidSiteTest {
  private static final Path CASES = Path.of("src/test/resources/sites-invalid");

  @TempDir Path dir;

  static Stream<String> cases() throws IOException {
    try (Stream<Path> list = Files.list(CASES)) {
      return list.filter(Files::isDirectory).map(p -> p.getFileName().toString())
          .filter(n -> !n.startsWith("_")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsTheExactErrorsAndKeepsThePreviousOutput(String name) throws IOException {
    TestSite.empty(dir).copyFrom(CASES.resolve("_base")).copyFrom(CASES.resolve(name + "/input"));
    Path output = dir.resolve("site");
    Files.createDirectories(output.resolve("old"));
    Files.writeString(output.resolve("old/index.html"), "previous build");

    Cli cli = Cli.run("build", "--source", dir.toString());

    Path expectedFile = CASES.resolve(name + "/expected-stderr.txt");
    if (TreeFiles.updating()) {
      Files.writeString(expectedFile, cli.err(), StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(expectedFile, StandardCharsets.UTF_8), cli.err());
    assertEquals(1, cli.exitCode());
    assertEquals("", cli.out());
    assertEquals("previous build", Files.readString(output.resolve("old/index.html")));
    assertEquals(List.of("old/index.html"), List.copyOf(TreeFiles.read(output).keySet()));
    try (Stream<Path> left = Files.list(dir)) {
      assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith(".site.")),
          "no temporary folders are left behind");
    }
  }
}
