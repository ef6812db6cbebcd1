package dev.lectern.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.testing.TreeFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {
  @TempDir Path dir;

  private static OutputTree tree(String... pathsAndTexts) {
    OutputTree t = new OutputTree();
    for (int i = 0; i < pathsAndTexts.length; i += 2) {
      t.put(pathsAndTexts[i], pathsAndTexts[i + 1], "test");
    }
    return t;
  }

  @Test
  void writesTheTreeAndRemovesStaleFiles() throws IOException {
    Path out = dir.resolve("site");
    SiteWriter.write(tree("index.html", "one", "a/index.html", "a", "old/x.css", "x"), out);
    SiteWriter.write(tree("index.html", "two", "a/index.html", "a"), out);
    assertEquals(List.of("a/index.html", "index.html"), List.copyOf(TreeFiles.read(out).keySet()));
    assertEquals("two", Files.readString(out.resolve("index.html")));
    try (Stream<Path> left = Files.list(dir)) {
      assertEquals(List.of(out), left.toList(), "no temporary folders are left");
    }
  }

  @Test
  void createsMissingParentFolders() throws IOException {
    Path out = dir.resolve("deep/er/site");
    SiteWriter.write(tree("index.html", "x"), out);
    assertTrue(Files.isRegularFile(out.resolve("index.html")));
  }

  @Test
  void refusesToReplaceAFileAndLeavesItAlone() throws IOException {
    Path out = dir.resolve("site");
    Files.writeString(out, "not a folder");
    assertThrows(IOException.class, () -> SiteWriter.write(tree("index.html", "x"), out));
    assertEquals("not a folder", Files.readString(out));
    try (Stream<Path> left = Files.list(dir)) {
      assertEquals(List.of(out), left.toList());
    }
  }

  @Test
  void theTreeReportsWhoWroteAPathFirst() {
    OutputTree t = new OutputTree();
    assertEquals(null, t.put("a.css", "1", "first"));
    assertEquals("first", t.put("a.css", "2", "second"));
    assertEquals("1", t.text("a.css"));
  }
}
