package dev.lectern.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.testing.TreeFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two builds of the same input are byte-identical, in memory and on disk. */
class DeterminismTest {
  @TempDir Path dir;

  @Test
  void twoBuildsOfTheGuideWriteIdenticalBytes() {
    Path root = Path.of("").toAbsolutePath();
    new Build().run(BuildOptions.of(root).withOutput(dir.resolve("one")));
    new Build().run(BuildOptions.of(root).withOutput(dir.resolve("two")));
    SortedMap<String, byte[]> one = TreeFiles.read(dir.resolve("one"));
    SortedMap<String, byte[]> two = TreeFiles.read(dir.resolve("two"));
    assertEquals(List.copyOf(one.keySet()), List.copyOf(two.keySet()));
    one.forEach((path, bytes) -> assertArrayEquals(bytes, two.get(path), path));
  }

  @Test
  void buildsInTwoSeparateJvmsAreIdentical() throws Exception {
    // Per-JVM randomness (hash seeds, Map.of order) only shows between processes.
    Path site = Path.of("src/test/resources/sites/basic/input").toAbsolutePath();
    for (String name : List.of("jvm-one", "jvm-two")) {
      Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
          .toString(), "-cp", System.getProperty("java.class.path"), "dev.lectern.cli.Main",
          "build", "--quiet", "--source", site.toString(), "--out", dir.resolve(name).toString())
          .redirectErrorStream(true).start();
      String output = new String(p.getInputStream().readAllBytes());
      assertEquals(0, p.waitFor(), output);
    }
    SortedMap<String, byte[]> one = TreeFiles.read(dir.resolve("jvm-one"));
    SortedMap<String, byte[]> two = TreeFiles.read(dir.resolve("jvm-two"));
    assertEquals(List.copyOf(one.keySet()), List.copyOf(two.keySet()));
    one.forEach((path, bytes) -> assertArrayEquals(bytes, two.get(path), path));
  }

  @Test
  void repeatedInMemoryBuildsOfTheGoldenSiteAreIdentical() {
    Path site = Path.of("src/test/resources/sites/basic/input");
    SortedMap<String, byte[]> first = Build.renderTree(BuildOptions.of(site)).files();
    for (int i = 0; i < 5; i++) {
      SortedMap<String, byte[]> again = Build.renderTree(BuildOptions.of(site)).files();
      assertEquals(first.keySet(), again.keySet());
      first.forEach((path, bytes) -> assertArrayEquals(bytes, again.get(path), path));
    }
  }
}
