package dev.lectern.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.lectern.testing.BrowserSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * What search costs a reader, in headless Chromium with an empty cache: bytes transferred (gzip,
 * as GitHub Pages serves text) from opening search to the results of the first query, typed key
 * by key, and for each further word; and the time from a keystroke to the results on screen once
 * the index files are in. Not a unit test; run it with {@code bench/search}.
 *
 * <p>Arguments: SITE_DIR BASE_PATH PAGE "FIRST QUERY" [FURTHER WORD…]. Environment:
 * {@code TYPING_MS} (pause between keys, default 80); {@code SEARCH_BENCH_REQUESTS} set to
 * anything lists every request with its bytes over the wire.
 */
public final class SearchBenchmark {
  private static final int LATENCY_ROUNDS = 15;

  private SearchBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path site = Path.of(args[0]).toAbsolutePath().normalize();
    String base = args[1];
    String page = args[2];
    String query = args[3];
    List<String> further = List.of(args).subList(4, args.length);
    int typingMs = Integer.parseInt(System.getenv().getOrDefault("TYPING_MS", "80"));
    HttpServer server = gzipServer(site, base);
    try (BrowserSession browser = BrowserSession.open(site, base)) {
      String origin = "http://127.0.0.1:" + server.getAddress().getPort();
      browser.driver().get(origin + base + page);
      browser.js("performance.setResourceTimingBufferSize(100000);");
      int mark = entries(browser);
      new Actions(browser.driver()).keyDown(Keys.CONTROL).sendKeys("k").keyUp(Keys.CONTROL)
          .perform();
      browser.waitUntil("the search box has the focus", () -> browser.isFocused(".search-input"));
      type(browser, query, typingMs);
      waitForResults(browser);
      Transfer first = transfer(browser, mark);
      System.out.printf(Locale.ROOT, "first query '%s': %s%n", query, first);
      String typed = query;
      for (String word : further) {
        mark = entries(browser);
        type(browser, " " + word, typingMs);
        typed += " " + word;
        waitForResults(browser);
        System.out.printf(Locale.ROOT, "  + word '%s' ('%s'): %s%n", word, typed,
            transfer(browser, mark));
      }
      List<Double> latencies = latencies(browser);
      Collections.sort(latencies);
      System.out.printf(Locale.ROOT, "keystroke to results, index files in (%d keys): median "
          + "%.1f ms, max %.1f ms%n", latencies.size(), latencies.get(latencies.size() / 2),
          latencies.get(latencies.size() - 1));
      System.out.println("results: " + browser.find(".search-status").getText() + "; first: "
          + browser.find(".search-results [role=option]").getText().lines().findFirst()
              .orElse(""));
    } finally {
      server.stop(0);
    }
  }

  private static void type(BrowserSession browser, String text, int pauseMs)
      throws InterruptedException {
    for (int i = 0; i < text.length(); i++) {
      browser.press(String.valueOf(text.charAt(i)));
      Thread.sleep(pauseMs);
    }
  }

  /** Waits for the results and then until no request has started for half a second. */
  private static void waitForResults(BrowserSession browser) throws InterruptedException {
    browser.waitUntil("all results are shown", () -> "complete".equals(browser.js(
        "return document.querySelector('dialog.search-dialog').dataset.results;")));
    int seen = -1;
    while (seen != entries(browser)) {
      seen = entries(browser);
      Thread.sleep(500);
    }
  }

  private static int entries(BrowserSession browser) {
    return ((Number) browser.js("return performance.getEntriesByType('resource').length;"))
        .intValue();
  }

  /** Bytes over the wire (headers included) and decoded, of the requests after {@code mark}. */
  record Transfer(long wire, long body, long decoded, int requests) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%.1f KB transferred (%.1f KB of bodies, %.1f KB "
          + "uncompressed) in %d requests", wire / 1000.0, body / 1000.0, decoded / 1000.0,
          requests);
    }
  }

  @SuppressWarnings("unchecked")
  private static Transfer transfer(BrowserSession browser, int mark) {
    List<Map<String, Object>> list = (List<Map<String, Object>>) browser.js(
        "return performance.getEntriesByType('resource').slice(arguments[0]).map(e => ({"
            + "n: e.name, t: e.transferSize, b: e.encodedBodySize, d: e.decodedBodySize}));",
        mark);
    if (System.getenv("SEARCH_BENCH_REQUESTS") != null) {
      list.forEach(e -> System.out.printf(Locale.ROOT, "    %7d B  %s%n",
          ((Number) e.get("t")).longValue(), e.get("n")));
    }
    long wire = 0;
    long body = 0;
    long decoded = 0;
    for (Map<String, Object> e : list) {
      wire += ((Number) e.get("t")).longValue();
      body += ((Number) e.get("b")).longValue();
      decoded += ((Number) e.get("d")).longValue();
    }
    return new Transfer(wire, body, decoded, list.size());
  }

  /**
   * Deletes and retypes the query's last character, timing each keystroke in the page from its
   * keydown to the results list being redrawn.
   */
  @SuppressWarnings("unchecked")
  private static List<Double> latencies(BrowserSession browser) throws InterruptedException {
    browser.js("window.__lat = []; let t0 = 0;"
        + "document.querySelector('.search-input').addEventListener('keydown', () => {"
        + "  t0 = performance.now(); }, true);"
        + "new MutationObserver(() => { if (t0) { window.__lat.push(performance.now() - t0);"
        + "  t0 = 0; } }).observe(document.querySelector('.search-results'), {childList: true});");
    String input = (String) browser.js("return document.querySelector('.search-input').value;");
    String last = input.substring(input.length() - 1);
    for (int i = 0; i < LATENCY_ROUNDS; i++) {
      browser.press(Keys.BACK_SPACE);
      Thread.sleep(300);
      browser.press(last);
      Thread.sleep(300);
    }
    List<Double> out = new ArrayList<>();
    ((List<Number>) browser.js("return window.__lat;")).forEach(n -> out.add(n.doubleValue()));
    return out;
  }

  /** The site folder over HTTP as GitHub Pages serves it: text gzip-compressed, cacheable. */
  private static HttpServer gzipServer(Path site, String base) throws IOException {
    HttpServer server = HttpServer.create(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      try (exchange) {
        serve(exchange, site, base);
      }
    });
    server.start();
    return server;
  }

  private static void serve(HttpExchange exchange, Path site, String base) throws IOException {
    String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
    String rel = path.startsWith(base) ? path.substring(base.length()) : "\0";
    if (rel.isEmpty() || rel.endsWith("/")) {
      rel += "index.html";
    }
    Path file = site.resolve(rel).normalize();
    if (!file.startsWith(site) || !Files.isRegularFile(file)) {
      exchange.sendResponseHeaders(404, -1);
      return;
    }
    byte[] body = Files.readAllBytes(file);
    String type = type(rel);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "max-age=600");
    String accept = exchange.getRequestHeaders().getFirst("Accept-Encoding");
    if (!type.startsWith("image/png") && accept != null && accept.contains("gzip")) {
      ByteArrayOutputStream zipped = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
        gz.write(body);
      }
      body = zipped.toByteArray();
      exchange.getResponseHeaders().set("Content-Encoding", "gzip");
    }
    exchange.sendResponseHeaders(200, body.length);
    exchange.getResponseBody().write(body);
  }

  private static String type(String file) {
    String ext = file.substring(file.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    return switch (ext) {
      case "html" -> "text/html; charset=utf-8";
      case "css" -> "text/css; charset=utf-8";
      case "js" -> "text/javascript; charset=utf-8";
      case "json" -> "application/json";
      case "svg" -> "image/svg+xml";
      case "xml" -> "application/xml";
      case "png" -> "image/png";
      default -> "text/plain; charset=utf-8";
    };
  }
}
