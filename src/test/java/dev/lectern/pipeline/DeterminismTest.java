package dev.lectern.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.memo.Memo;
import dev.lectern.testing.TestSite;
import dev.lectern.testing.TreeFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two builds of the same input are byte-identical, in memory and on disk. */
class DeterminismTest {
  @TempDir Path dir;

  private static void assertSameFiles(Path a, Path b) {
    SortedMap<String, byte[]> one = TreeFiles.read(a);
    SortedMap<String, byte[]> two = TreeFiles.read(b);
    assertEquals(List.copyOf(one.keySet()), List.copyOf(two.keySet()));
    one.forEach((path, bytes) -> assertArrayEquals(bytes, two.get(path), path));
  }

  @Test
  void coldWarmAndUncachedBuildsOfTheGuideWriteIdenticalBytes() throws Exception {
    // A copy of the guide, so the highlight cache is written there and not in the repository.
    Path site = dir.resolve("guide");
    TestSite.empty(site).copyFrom(Path.of("content"), "content")
        .file("site.yml", Files.readString(Path.of("site.yml")));
    Path cache = site.resolve(".lectern-cache/highlight.bin");
    new Build().run(BuildOptions.of(site).withoutGitDates().withOutput(dir.resolve("cold")));
    assertTrue(Files.size(cache) > 100_000, "the cold build wrote the highlight cache");
    new Build().run(BuildOptions.of(site).withoutGitDates().withOutput(dir.resolve("warm")));
    new Build().run(BuildOptions.of(site).withoutGitDates().withoutDiskCache()
        .withOutput(dir.resolve("uncached")));
    assertSameFiles(dir.resolve("cold"), dir.resolve("warm"));
    assertSameFiles(dir.resolve("cold"), dir.resolve("uncached"));
  }

  @Test
  void rebuildsReusingEarlierBuildsEqualColdBuilds() throws Exception {
    Path site = dir.resolve("guide");
    TestSite copy = TestSite.empty(site).copyFrom(Path.of("content"), "content")
        .file("site.yml", Files.readString(Path.of("site.yml")));
    BuildOptions options = BuildOptions.of(site).withoutGitDates().withoutDiskCache();
    Memo cache = Memo.acrossBuilds();
    new Build(new Progress(), cache).render(options);
    Path gil = site.resolve("content/concurrency/01-gil.md");
    String text = Files.readString(gil);
    copy.file("content/concurrency/01-gil.md", text.replaceFirst("title: \"", "title: \"Renamed ")
        + "\nA paragraph added between builds.\n");
    SortedMap<String, byte[]> reused = new Build(new Progress(), cache).render(options).tree()
        .files();
    SortedMap<String, byte[]> cold = new Build().render(options).tree().files();
    assertEquals(List.copyOf(cold.keySet()), List.copyOf(reused.keySet()));
    cold.forEach((path, bytes) -> assertArrayEquals(bytes, reused.get(path), path));
  }

  @Test
  void aCorruptCacheIsIgnored() throws Exception {
    Path site = dir.resolve("site");
    TestSite.empty(site).copyFrom(Path.of("src/test/resources/sites/basic/input"));
    new Build().run(BuildOptions.of(site).withoutGitDates().withOutput(dir.resolve("one")));
    Path cache = site.resolve(".lectern-cache/highlight.bin");
    byte[] bytes = Files.readAllBytes(cache);
    Files.write(cache, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    new Build().run(BuildOptions.of(site).withoutGitDates().withOutput(dir.resolve("two")));
    assertSameFiles(dir.resolve("one"), dir.resolve("two"));
  }

  @Test
  void buildsInSeparateJvmsWithOneOrManyThreadsAreIdentical() throws Exception {
    // Per-JVM randomness (hash seeds, Map.of order) only shows between processes; one worker
    // thread against the default shows that the parallel stages do not change the output.
    Path site = Path.of("src/test/resources/sites/basic/input").toAbsolutePath();
    for (String name : List.of("jvm-one", "jvm-two", "one-thread")) {
      List<String> command = new java.util.ArrayList<>(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString()));
      if (name.equals("one-thread")) {
        command.add("-Djava.util.concurrent.ForkJoinPool.common.parallelism=1");
      }
      command.addAll(List.of("-cp", System.getProperty("java.class.path"),
          "dev.lectern.cli.Main", "build", "--quiet", "--no-cache", "--source", site.toString(),
          "--out", dir.resolve(name).toString()));
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(p.getInputStream().readAllBytes());
      assertEquals(0, p.waitFor(), output);
    }
    assertSameFiles(dir.resolve("jvm-one"), dir.resolve("jvm-two"));
    assertSameFiles(dir.resolve("jvm-one"), dir.resolve("one-thread"));
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

  @Test
  void timedBuildsRunTheStagesInTurnAndWriteTheSameBytes() {
    TestSite.minimal(dir);
    BuildOptions options = BuildOptions.of(dir).withoutGitDates().withoutDiskCache();
    Progress timed = new Progress(true);
    SortedMap<String, byte[]> inTurn = new Build(timed).render(options).tree().files();
    Progress overlapping = new Progress();
    SortedMap<String, byte[]> alongside = new Build(overlapping).render(options).tree().files();
    assertEquals(List.copyOf(inTurn.keySet()), List.copyOf(alongside.keySet()));
    inTurn.forEach((path, bytes) -> assertArrayEquals(bytes, alongside.get(path), path));
    timed.finish();
    List<String> stages = List.copyOf(timed.stageMillis().keySet());
    assertEquals(stages.indexOf("assembling") + 1, stages.indexOf("indexing"), stages.toString());
    assertEquals(stages.indexOf("indexing") + 1, stages.indexOf("rendering"), stages.toString());
    overlapping.finish();
    assertTrue(overlapping.stageMillis().containsKey("indexing"), "timed alongside");
  }
}
