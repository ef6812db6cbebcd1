package dev.lectern.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lectern.testing.Cli;
import dev.lectern.testing.TestSite;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After a real build, the output folder and every folder in it are 0755 and every file 0644,
 * masked by the umask of the process that built it (POSIX file systems only).
 */
class PublishedModesTest {
  @TempDir Path dir;
  private Path source;

  @BeforeEach
  void site() {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
        "POSIX permissions only");
    source = TestSite.minimal(dir.resolve("src")).file("content/topics/diagram.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>").root();
  }

  @Test
  void aBuildPublishesFoldersAndFilesEveryoneCanRead() throws IOException {
    // This process's umask, read off a folder made the ordinary way (mode 0777 minus the umask).
    Set<PosixFilePermission> allowed =
        Files.getPosixFilePermissions(Files.createDirectory(dir.resolve("probe")));
    Path out = dir.resolve("public");
    for (int build = 0; build < 2; build++) {  // the second build replaces the first
      Cli cli = Cli.run("build", "--quiet", "--no-cache", "--source", source.toString(),
          "--out", out.toString());
      assertEquals(0, cli.exitCode(), cli.err());
      assertModes(out, masked("rwxr-xr-x", allowed), masked("rw-r--r--", allowed));
    }
    if (PosixFilePermissions.toString(allowed).equals("rwxr-xr-x")) {
      // umask 022, the usual one: exactly the modes a web server needs
      assertModes(out, PosixFilePermissions.fromString("rwxr-xr-x"),
          PosixFilePermissions.fromString("rw-r--r--"));
    }
  }

  @Test
  void aStricterUmaskIsRespected() throws Exception {
    Path out = buildInAnotherJvm("027");
    assertModes(out, PosixFilePermissions.fromString("rwxr-x---"),
        PosixFilePermissions.fromString("rw-r-----"));
  }

  @Test
  void aLooserUmaskOpensNothingMore() throws Exception {
    Path out = buildInAnotherJvm("000");
    assertModes(out, PosixFilePermissions.fromString("rwxr-xr-x"),
        PosixFilePermissions.fromString("rw-r--r--"));
  }

  /** Builds the site with {@code lectern build} in a shell whose umask is {@code umask}. */
  private Path buildInAnotherJvm(String umask) throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs /bin/sh to set a umask");
    Path out = dir.resolve("out-" + umask);
    List<String> command = new ArrayList<>(List.of("/bin/sh", "-c",
        "umask " + umask + " && exec \"$0\" \"$@\"",
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "dev.lectern.cli.Main", "build", "--quiet",
        "--no-cache", "--source", source.toString(), "--out", out.toString()));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("LECTERN_SAME_JVM", "1");
    Process p = builder.start();
    String output = new String(p.getInputStream().readAllBytes());
    assertEquals(0, p.waitFor(), output);
    return out;
  }

  private static Set<PosixFilePermission> masked(String wanted, Set<PosixFilePermission> allowed) {
    Set<PosixFilePermission> modes = new HashSet<>(PosixFilePermissions.fromString(wanted));
    modes.retainAll(allowed);
    return modes;
  }

  private static void assertModes(Path out, Set<PosixFilePermission> folders,
      Set<PosixFilePermission> files) throws IOException {
    int checkedFiles = 0;
    try (Stream<Path> walk = Files.walk(out)) {
      for (Path p : walk.toList()) {
        Set<PosixFilePermission> expected = Files.isDirectory(p) ? folders : files;
        assertEquals(PosixFilePermissions.toString(expected),
            PosixFilePermissions.toString(Files.getPosixFilePermissions(p)), out.relativize(p)
                .toString());
        checkedFiles += Files.isRegularFile(p) ? 1 : 0;
      }
    }
    assertTrue(checkedFiles > 10 && Files.isRegularFile(out.resolve("topics/diagram.svg")),
        "pages, assets and a static file were checked");
  }
}
