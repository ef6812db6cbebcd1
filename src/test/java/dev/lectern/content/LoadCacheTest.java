package dev.lectern.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.config.ConfigLoader;
import dev.lectern.config.SiteConfig;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.testing.Diags;
import dev.lectern.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Serve's rebuilds read only the Markdown files that changed. */
class LoadCacheTest {
  @TempDir Path dir;

  private String titleOf(LoadCache cache, String contentPath, Diagnostics d) {
    SiteConfig config = ConfigLoader.load(dir, new Diagnostics()).orElseThrow();
    return ContentLoader.load(dir, config, false, d, cache).pages().stream()
        .filter(p -> p.contentPath().equals(contentPath)).findFirst().orElseThrow()
        .meta().title();
  }

  @Test
  void aFileWithTheSameSizeAndTimeIsNotReadAgain() throws Exception {
    TestSite site = TestSite.minimal(dir);
    Path first = dir.resolve("content/topics/01-first.md");
    LoadCache cache = LoadCache.remembering();
    assertEquals("First", titleOf(cache, "topics/01-first.md", new Diagnostics()));

    // Same size and time: taken as unchanged (what the cache trades for not reading).
    FileTime time = Files.getLastModifiedTime(first);
    site.file("content/topics/01-first.md", Files.readString(first).replace("First", "Fresh"));
    Files.setLastModifiedTime(first, time);
    assertEquals("First", titleOf(cache, "topics/01-first.md", new Diagnostics()));
    assertEquals("Fresh", titleOf(LoadCache.none(), "topics/01-first.md", new Diagnostics()));

    // A save moves the time: read again.
    Files.setLastModifiedTime(first, FileTime.fromMillis(time.toMillis() + 2000));
    assertEquals("Fresh", titleOf(cache, "topics/01-first.md", new Diagnostics()));
  }

  @Test
  void problemsOfUnchangedFilesAreReportedAgainAndAConfigChangeReadsEverything()
      throws Exception {
    TestSite site = TestSite.minimal(dir)
        .file("content/topics/02-short.md", "---\ntitle: Short\ndescription: Too short.\n---\nx\n");
    LoadCache cache = LoadCache.remembering();
    Diagnostics once = new Diagnostics();
    titleOf(cache, "topics/02-short.md", once);
    Diagnostics twice = new Diagnostics();
    titleOf(cache, "topics/02-short.md", twice);
    assertEquals(Diags.headlines(once), Diags.headlines(twice));
    assertEquals(1, Diags.headlines(twice).size(), Diags.headlines(twice).toString());

    Path first = dir.resolve("content/topics/01-first.md");
    FileTime time = Files.getLastModifiedTime(first);
    site.file("content/topics/01-first.md", Files.readString(first).replace("First", "Fresh"));
    Files.setLastModifiedTime(first, time);
    site.file("site.yml", Files.readString(dir.resolve("site.yml")).replace("Test Guide", "New"));
    assertEquals("Fresh", titleOf(cache, "topics/01-first.md", new Diagnostics()),
        "front matter is checked against the config: a new config reads every file");
  }
}
