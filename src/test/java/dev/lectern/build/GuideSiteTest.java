package dev.lectern.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.testing.LinkAudit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Builds the bundled guide (the repository's own content/) and checks every page. */
class GuideSiteTest {
  private static final Path ROOT = Path.of("").toAbsolutePath();
  private static BuildResult result;

  @BeforeAll
  static void build() {
    result = new Build().render(BuildOptions.of(ROOT));
  }

  @Test
  void buildsWithoutWarnings() {
    assertEquals(List.of(), result.warnings());
    assertTrue(result.pages() >= 7, "home, sections and at least three chapters");
  }

  @Test
  void everyPageHasOneH1ATitleALanguageAndADescription() {
    SortedMap<String, byte[]> files = result.tree().files();
    LinkAudit audit = new LinkAudit(files, "/lectern/");
    List<String> problems = new ArrayList<>();
    for (String file : files.keySet()) {
      if (!file.endsWith(".html")) {
        continue;
      }
      Document doc = audit.page(file);
      if (doc.select("h1").size() != 1) {
        problems.add(file + ": " + doc.select("h1").size() + " h1 elements");
      }
      if (doc.title().isBlank()) {
        problems.add(file + ": empty <title>");
      }
      if (doc.select("html[lang]").isEmpty()) {
        problems.add(file + ": no lang attribute");
      }
      if (!file.equals("404.html") && doc.select("meta[name=description]").attr("content").isBlank()) {
        problems.add(file + ": no meta description");
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void hasNoBrokenInternalLinksOrAnchors() {
    LinkAudit audit = new LinkAudit(result.tree().files(), "/lectern/");
    assertEquals(List.of(), audit.brokenLinks());
  }

  @Test
  void everyChapterIsReachableFromTheHubAndHasPreviousOrNext() {
    LinkAudit audit = new LinkAudit(result.tree().files(), "/lectern/");
    Document hub = audit.page("index.html");
    for (String chapter : List.of("/lectern/iteration/generators/", "/lectern/concurrency/gil/",
        "/lectern/internals/context-managers/")) {
      assertFalse(hub.select("main a[href=" + chapter + "]").isEmpty(), chapter);
      String file = chapter.substring("/lectern/".length()) + "index.html";
      assertFalse(audit.page(file).select("nav.pager a").isEmpty(), file);
    }
  }

  @Test
  void everyChapterHasOneFaqPageWithAtLeastFiveVisibleQuestions() throws Exception {
    LinkAudit audit = new LinkAudit(result.tree().files(), "/lectern/");
    ObjectMapper json = new ObjectMapper();
    int chapters = 0;
    for (String file : result.tree().files().keySet()) {
      Document page = file.endsWith(".html") ? audit.page(file) : null;
      if (page == null || !page.select("meta[property=og:type]").attr("content").equals("article")) {
        continue;
      }
      chapters++;
      List<JsonNode> faqs = new ArrayList<>();
      List<String> types = new ArrayList<>();
      for (Element script : page.select("script[type=application/ld+json]")) {
        JsonNode data = json.readTree(script.data());
        types.add(data.get("@type").asText());
        if (data.get("@type").asText().equals("FAQPage")) {
          faqs.add(data);
        }
      }
      assertEquals(List.of("BreadcrumbList", "TechArticle", "FAQPage"), types, file);
      JsonNode questions = faqs.get(0).get("mainEntity");
      assertTrue(questions.size() >= 5, file + " has " + questions.size() + " questions");
      String visible = page.body().text();
      for (JsonNode q : questions) {
        assertTrue(visible.contains(q.get("name").asText()), q.get("name").asText());
        assertEquals("Answer", q.get("acceptedAnswer").get("@type").asText());
      }
    }
    assertTrue(chapters >= 3);
  }

  @Test
  void writesSitemapRobotsFeedAndNoJekyll() {
    SortedMap<String, byte[]> files = result.tree().files();
    String sitemap = result.tree().text("sitemap.xml");
    assertTrue(sitemap.contains("<loc>https://lectern-dev.github.io/lectern/concurrency/gil/</loc>"));
    assertFalse(sitemap.contains("404"));
    assertTrue(result.tree().text("robots.txt")
        .contains("Sitemap: https://lectern-dev.github.io/lectern/sitemap.xml"));
    assertTrue(result.tree().text("feed.xml").contains("<entry>"));
    assertTrue(files.containsKey(".nojekyll"));
  }

  @Test
  void honoursAnotherBaseUrlEverywhere() {
    BuildResult moved = new Build().render(
        BuildOptions.of(ROOT).withBaseUrl("https://example.github.io/some-repo"));
    LinkAudit audit = new LinkAudit(moved.tree().files(), "/some-repo/");
    assertEquals(List.of(), audit.brokenLinks());
    Document page = audit.page("concurrency/gil/index.html");
    assertEquals("https://example.github.io/some-repo/concurrency/gil/",
        page.select("link[rel=canonical]").attr("href"));
    assertEquals("/some-repo/assets/css/lectern.css",
        page.select("link[rel=stylesheet]").attr("href"));
  }
}
