package dev.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.testing.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TunedJvmTest {
  @TempDir Path dir;

  @Test
  void sizesTheYoungGenerationByTheSitesMarkdown() {
    TestSite.minimal(dir);
    long small = TunedJvm.markdownBytes(new String[] {"build", "--source", dir.toString()});
    assertTrue(small > 0 && small < 10_000, "a minimal site: " + small);
    assertEquals(8, TunedJvm.youngGenerationMb(small));
    TestSite.minimal(dir).file("content/topics/02-big.md", "x".repeat(10 * 1024 * 1024));
    long big = TunedJvm.markdownBytes(new String[] {"build", "--source=" + dir});
    assertEquals(10 * 1024 * 1024 + small, big);
    assertEquals(40, TunedJvm.youngGenerationMb(big));
    assertEquals(64, TunedJvm.youngGenerationMb(60L * 1024 * 1024));
    assertEquals(0, TunedJvm.markdownBytes(new String[] {"check", "--source", "no/such/site"}));
  }

  @Test
  void buildCheckAndServeRunInASecondJvmAndOnlyFromAJar() throws Exception {
    Path jar = java.nio.file.Files.createFile(dir.resolve("lectern.jar"));
    assertEquals(java.util.Optional.of(jar), TunedJvm.jarFor(new String[] {"build"}, jar));
    assertEquals(java.util.Optional.of(jar), TunedJvm.jarFor(new String[] {"check", "-q"}, jar));
    assertEquals(java.util.Optional.of(jar), TunedJvm.jarFor(new String[] {"serve"}, jar));
    assertTrue(TunedJvm.jarFor(new String[] {"--version"}, jar).isEmpty());
    assertTrue(TunedJvm.jarFor(new String[] {"build", "--help"}, jar).isEmpty());
    assertTrue(TunedJvm.jarFor(new String[] {}, jar).isEmpty());
    assertTrue(TunedJvm.jarFor(new String[] {"build"}, dir).isEmpty(), "classes, not a jar");
  }

  @Test
  void keepsAClassArchivePerJdkAndAnAheadOfTimeCacheFrom25() throws Exception {
    java.nio.file.Path jar = dir.resolve("lectern.jar");
    java.nio.file.Files.writeString(jar, "jar");
    java.nio.file.Path on17 = TunedJvm.archive(jar, 17);
    java.nio.file.Path on25 = TunedJvm.archive(jar, 25);
    assertTrue(on17.getFileName().toString().endsWith("-jdk17.jsa"), on17.toString());
    assertTrue(on25.getFileName().toString().endsWith("-jdk25.aot"), on25.toString());
    assertEquals(java.util.List.of("-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
        "-XX:ArchiveClassesAtExit=" + on17), TunedJvm.sharingOptions(on17, 17));
    assertEquals(java.util.List.of("-XX:AOTCacheOutput=" + on25, "-Xlog:aot=off",
        "-Xlog:cds=off"), TunedJvm.sharingOptions(on25, 25));
    java.nio.file.Files.writeString(on25, "cache");
    assertEquals(java.util.List.of("-XX:AOTCache=" + on25, "-Xlog:aot=off", "-Xlog:cds=off"),
        TunedJvm.sharingOptions(on25, 26));
    assertTrue(TunedJvm.isAotNote(" AOTConfiguration recorded: x.aot.config"));
    assertTrue(TunedJvm.isAotNote("AOTCache creation is complete: x.aot 1 bytes"));
    assertTrue(!TunedJvm.isAotNote("lectern: built 3 pages"));
  }
}
