package dev.lectern.pipeline;

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
    // A shallow clone (as some CI checkouts are) cannot date pages; that warning is expected.
    assertEquals(List.of(), result.warnings().stream()
        .filter(w -> !(w.message().equals(Build.SHALLOW_CLONE)
            && dev.lectern.content.GitDates.isShallow(ROOT))).toList());
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
    assertTrue(page.select("link[rel=stylesheet]").attr("href")
        .matches("/some-repo/assets/css/lectern\\.[0-9a-f]{10}\\.css"));
    assertEquals("/some-repo/search/manifest.json",
        page.select("script[data-index]").attr("data-index"));
    assertTrue(moved.tree().files().subMap("search/directory/", "search/directory/\uffff")
        .values().stream().anyMatch(r -> new String(r, java.nio.charset.StandardCharsets.UTF_8)
            .contains("\"/some-repo/concurrency/gil/\"]")),
        "search results link under the base path");
  }

  /**
   * A page's scripts stay within 20 KB and its stylesheets within 25 KB, each file counted
   * gzip-compressed as hosts serve it. Only what the page loads counts: the search index and the
   * libraries fetched on demand (search, diagrams, math) do not.
   */
  @Test
  void chapterPagesStayWithinTheScriptAndStyleBudgets() {
    SortedMap<String, byte[]> files = result.tree().files();
    LinkAudit audit = new LinkAudit(files, "/lectern/");
    List<String> overBudget = new ArrayList<>();
    for (String file : List.of("concurrency/gil/index.html", "iteration/generators/index.html",
        "index.html", "404.html")) {
      Document page = audit.page(file);
      long js = 0;
      long css = 0;
      for (Element script : page.select("script:not([type=application/ld+json])")) {
        js += gzipped(script.hasAttr("src") ? asset(files, script.attr("src"))
            : script.data().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (script.hasAttr("src") && !script.hasAttr("defer")) {
          overBudget.add(file + ": render-blocking script " + script.attr("src"));
        }
        if (!script.hasAttr("src") && script.data().length() > 300) {
          overBudget.add(file + ": inline script of " + script.data().length() + " characters");
        }
      }
      for (Element link : page.select("link[rel=stylesheet]")) {
        css += gzipped(asset(files, link.attr("href")));
      }
      if (js > 20 * 1024) {
        overBudget.add(file + ": " + js + " bytes of JavaScript, gzip-compressed (budget 20 KB)");
      }
      if (css > 25 * 1024) {
        overBudget.add(file + ": " + css + " bytes of CSS, gzip-compressed (budget 25 KB)");
      }
    }
    assertEquals(List.of(), overBudget);
  }

  private static long gzipped(byte[] bytes) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (var gz = new java.util.zip.GZIPOutputStream(out)) {
      gz.write(bytes);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.size();
  }

  @Test
  void everyAssetUrlIsFingerprinted() {
    SortedMap<String, byte[]> files = result.tree().files();
    LinkAudit audit = new LinkAudit(files, "/lectern/");
    Document page = audit.page("concurrency/gil/index.html");
    List<String> urls = new ArrayList<>();
    page.select("link[href*=/assets/], script[src]").forEach(e ->
        urls.add(e.hasAttr("src") ? e.attr("src") : e.attr("href")));
    Element search = page.selectFirst("script[data-index]");
    urls.add(search.attr("data-engine"));
    urls.add(search.attr("data-dialog"));
    urls.add(search.attr("data-css"));
    assertTrue(urls.size() >= 9, urls.toString());
    for (String url : urls) {
      assertTrue(url.matches("/lectern/assets/.+\\.[0-9a-f]{10}\\.(css|js|svg|json)"), url);
      assertTrue(files.containsKey(url.substring("/lectern/".length())), url);
    }
    assertTrue(files.keySet().stream().noneMatch(f -> f.equals("assets/css/lectern.css")),
        "only the fingerprinted name is published");
  }

  @Test
  void searchIndexRecordsEverySectionAtAnExistingAddress() throws Exception {
    SortedMap<String, byte[]> files = result.tree().files();
    ObjectMapper json = new ObjectMapper();
    List<String> urls = new ArrayList<>();
    JsonNode manifest = json.readTree(files.get("search/manifest.json"));
    for (JsonNode directory : manifest.get("directory").get("files")) {
      // Each page: [record name, title, URL]; its record lists its sections.
      for (JsonNode page : json.readTree(files.get("search/" + directory.asText()))) {
        JsonNode record = json.readTree(files.get("search/records/" + page.get(0).asText()
            + ".json"));
        record.get("d").forEach(d -> urls.add(page.get(2).asText()
            + (d.get(0).asText().isEmpty() ? "" : "#" + d.get(0).asText())));
      }
    }
    assertTrue(urls.contains("/lectern/concurrency/gil/"), "a chapter's opening");
    assertTrue(urls.stream().anyMatch(u -> u.startsWith("/lectern/concurrency/gil/#")),
        "a chapter's sections");
    assertTrue(urls.contains("/lectern/tags/asyncio/"), "tag pages");
    LinkAudit audit = new LinkAudit(files, "/lectern/");
    for (String url : urls) {
      assertTrue(audit.resolves(url), "search result " + url + " resolves");
    }
  }

  private static byte[] asset(SortedMap<String, byte[]> files, String url) {
    byte[] bytes = files.get(url.substring("/lectern/".length()));
    assertTrue(bytes != null, url + " is in the output");
    return bytes;
  }
}
