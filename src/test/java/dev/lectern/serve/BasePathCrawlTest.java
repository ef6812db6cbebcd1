package dev.lectern.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.pipeline.BuildOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The bundled guide built for a GitHub project site (a base URL with a path), served under that
 * path, and crawled over HTTP from its home page: every internal link, asset, search index and
 * fragment must resolve, and nothing may point outside the path.
 */
class BasePathCrawlTest {
  private static final String SITE = "https://example.github.io/some-repo/";

  @Test
  void theGuideUnderAProjectPathHasNoBrokenLinks() throws Exception {
    BuildOptions options = BuildOptions.of(Path.of("").toAbsolutePath()).withBaseUrl(SITE);
    try (DevServer server = DevServer.start(options, "127.0.0.1", 0,
        new PrintStream(new ByteArrayOutputStream()))) {
      assertEquals("/some-repo/", server.url().getPath());
      List<String> broken = crawl(server.url());
      assertEquals(List.of(), broken);
    }
  }

  private static List<String> crawl(URI home) throws Exception {
    HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    Map<String, Document> pages = new HashMap<>();
    Set<String> seen = new HashSet<>();
    Deque<String> queue = new ArrayDeque<>(List.of(home.getPath()));
    List<String> broken = new ArrayList<>();
    List<String[]> fragments = new ArrayList<>();
    seen.add(home.getPath());
    while (!queue.isEmpty()) {
      String path = queue.poll();
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(home.resolve(path)).build(),
          HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        broken.add(path + " → " + r.statusCode());
        continue;
      }
      if (!r.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
        continue;
      }
      Document doc = Jsoup.parse(r.body(), home.resolve(path).toString());
      pages.put(path, doc);
      for (Element e : doc.select("a[href], link[href], script[src], img[src], [data-index], "
          + "[data-library]")) {
        for (String attr : List.of("href", "src", "data-index", "data-library")) {
          if (!e.hasAttr(attr)) {
            continue;
          }
          URI target = URI.create(e.absUrl(attr).replace(SITE, home.toString()));
          if (!home.getAuthority().equals(target.getAuthority())) {
            continue;  // another site: not fetched
          }
          if (!target.getPath().startsWith("/some-repo/")) {
            broken.add(path + ": " + e.attr(attr) + " is outside /some-repo/");
            continue;
          }
          if (target.getFragment() != null && !target.getFragment().isEmpty()) {
            fragments.add(new String[] {path, target.getPath(), target.getFragment()});
          }
          if (seen.add(target.getPath())) {
            queue.add(target.getPath());
          }
        }
      }
    }
    for (String[] f : fragments) {
      Document target = pages.get(f[1]);
      if (target != null && target.getElementById(f[2]) == null && !f[2].equals("top")) {
        broken.add(f[0] + ": no #" + f[2] + " on " + f[1]);
      }
    }
    assertTrue(pages.size() > 100, "crawled " + pages.size() + " pages");
    return broken;
  }
}
