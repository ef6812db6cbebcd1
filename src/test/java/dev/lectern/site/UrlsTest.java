package dev.lectern.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class UrlsTest {
  @Test
  void dropsOrderingPrefixesAndTheMdExtension() {
    assertEquals("python/generators/", Urls.pagePath("python/01-generators.md", Optional.empty()));
    assertEquals("python/generators/", Urls.pagePath("02-python/01-generators.md", Optional.empty()));
    assertEquals("a/b/deep/", Urls.pagePath("10_a/b/deep.md", Optional.empty()));
  }

  @Test
  void sectionLandingsAndHomeHaveTheirFolderUrl() {
    assertEquals("", Urls.pagePath("_index.md", Optional.empty()));
    assertEquals("python/", Urls.pagePath("01-python/_index.md", Optional.empty()));
  }

  @Test
  void slugReplacesTheFileSegmentOnly() {
    assertEquals("python/gens/", Urls.pagePath("python/01-generators.md", Optional.of("gens")));
  }

  @Test
  void lowerCasesAndHyphenatesSegments() {
    assertEquals("my-topic/hello-world/", Urls.pagePath("My Topic/Hello World.md", Optional.empty()));
    assertEquals("2024/", Urls.pagePath("2024.md", Optional.empty()));
  }

  @Test
  void staticFilesKeepTheirNameBesideTheirPages() {
    assertEquals("python/img/01-diagram.png", Urls.filePath("01-python/img/01-diagram.png"));
    assertEquals("logo.svg", Urls.filePath("logo.svg"));
    assertEquals("python/generators/index.html", Urls.outputFile("python/generators/"));
  }
}
