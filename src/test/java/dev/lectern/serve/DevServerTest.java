package dev.lectern.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.pipeline.BuildOptions;
import dev.lectern.testing.TestSite;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starts the development server on a free port over a site in a temporary folder. */
class DevServerTest {
  private static final String CHAPTER = "content/topics/01-first.md";
  private final HttpClient http = HttpClient.newHttpClient();
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();

  @TempDir Path dir;
  private TestSite site;
  private DevServer server;

  @BeforeEach
  void start() throws IOException {
    site = TestSite.minimal(dir);
    server = DevServer.start(BuildOptions.of(dir).withoutGitDates().withoutFingerprints(),
        "127.0.0.1", 0, new PrintStream(log, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(server.url().resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String chapter(String text) {
    return "---\ntitle: First\ndescription: The first chapter of the test guide, with an intro "
        + "section.\n---\n## Intro\n\n" + text + "\n";
  }

  @Test
  void servesTheSiteAtItsBasePathAndReloadsTabsAfterAnEdit() throws Exception {
    assertEquals("/guide/", server.url().getPath());
    HttpResponse<String> page = get("topics/first/");
    assertEquals(200, page.statusCode());
    assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElse(""));
    assertTrue(page.body().contains("<p>Text.</p>"), page.body());
    assertTrue(page.body().contains(LiveReload.EVENTS), "the reload script is injected");

    try (EventStream events = new EventStream(server.url())) {
      site.file(CHAPTER, chapter("Edited while serving."));
      assertEquals("reload {}", events.nextEvent());
    }
    assertTrue(get("topics/first/").body().contains("<p>Edited while serving.</p>"));
    assertEquals(200, get("assets/css/lectern.css").statusCode(), "no fingerprints in serve");
  }

  @Test
  void aNewTitleReachesEveryPageThatShowsIt() throws Exception {
    assertTrue(get("").body().contains(">First<"), "the home page lists the chapter");
    try (EventStream events = new EventStream(server.url())) {
      site.file(CHAPTER, chapter("Text.").replace("title: First", "title: Renamed"));
      assertEquals("reload {}", events.nextEvent());
    }
    String home = get("").body();
    assertTrue(home.contains(">Renamed<") && !home.contains(">First<"), home);
    assertTrue(get("topics/").body().contains(">Renamed<"), "and its section page");
  }

  @Test
  void showsABrokenEditAsAnOverlayAndRecoversOnTheNextGoodSave() throws Exception {
    try (EventStream events = new EventStream(server.url())) {
      site.file(CHAPTER, "---\ntitle: [unclosed\n---\nBody.\n");
      String failure = events.nextEvent();
      assertTrue(failure.startsWith("failure \"" + CHAPTER + ":2:"), failure);
      // The last good page is still served, and a newly opened tab gets the failure at once.
      assertTrue(get("topics/first/").body().contains("<p>Text.</p>"));
      try (EventStream late = new EventStream(server.url())) {
        assertEquals(failure, late.nextEvent());
      }
      site.file(CHAPTER, chapter("Fixed."));
      assertEquals("reload {}", events.nextEvent());
    }
    assertTrue(get("topics/first/").body().contains("<p>Fixed.</p>"));
  }

  @Test
  void picksUpNewAndDeletedFilesAndFolders() throws Exception {
    try (EventStream events = new EventStream(server.url())) {
      site.file("content/more/_index.md", "---\ntitle: More\n---\nMore topics.\n")
          .file("content/more/01-extra.md", "---\ntitle: Extra\ndescription: An extra chapter "
              + "added while the server runs, in a new folder.\n---\n## Extra\n\nNew.\n");
      assertEquals("reload {}", events.nextEvent());
      HttpResponse<String> added = get("more/extra/");
      assertEquals(200, added.statusCode(), log.toString());
      site.delete("content/more/01-extra.md");
      assertEquals("reload {}", events.nextEvent());
    }
    assertEquals(404, get("more/extra/").statusCode());
  }

  @Test
  void followsARenamedFolderAndEditsInsideItAfterwards() throws Exception {
    try (EventStream events = new EventStream(server.url())) {
      java.nio.file.Files.move(dir.resolve("content/topics"), dir.resolve("content/subjects"));
      // A rename may arrive as two batches (the old name gone, the new one there): wait for both.
      assertEquals("reload {}", events.nextEvent());
      for (int i = 0; i < 100 && get("subjects/first/").statusCode() != 200; i++) {
        Thread.sleep(100);
      }
      assertEquals(200, get("subjects/first/").statusCode(), log.toString());
      assertEquals(404, get("topics/first/").statusCode());
    }
    // The renamed folder is watched: an edit inside it rebuilds too.
    try (EventStream events = new EventStream(server.url())) {
      site.file("content/subjects/01-first.md", chapter("Edited after the rename."));
      assertEquals("reload {}", events.nextEvent());
      for (int i = 0; i < 100 && !get("subjects/first/").body().contains("after the rename"); i++) {
        events.nextEvent();  // a rebuild still due to the rename came first; wait for the next
      }
    }
    assertTrue(get("subjects/first/").body().contains("<p>Edited after the rename.</p>"));
  }

  @Test
  void servesNothingOutsideTheOutput() throws Exception {
    site.file("secret.txt", "not for the web");
    for (String path : new String[] {"/guide/../secret.txt", "/guide/%2e%2e/secret.txt",
        "/guide/%2E%2E/site.yml", "/guide/..%2fsite.yml", "/guide/..%5csite.yml", "//etc/passwd",
        "/etc/passwd", "/guide//etc/passwd", "/guide/%00", "/site.yml"}) {
      String status = rawStatus(path);
      assertTrue(status.startsWith("HTTP/1.1 404"), path + " → " + status);
    }
    assertTrue(rawStatus("/").startsWith("HTTP/1.1 301"), "the root redirects to the base path");
    assertTrue(rawStatus("/guide/topics/first").startsWith("HTTP/1.1 301"));
    HttpResponse<String> missing = get("nowhere/");
    assertEquals(404, missing.statusCode());
    assertTrue(missing.body().contains("<h1>"), "the site's own 404 page");
    assertEquals("text/javascript; charset=utf-8", get("assets/js/quiz.js").headers()
        .firstValue("Content-Type").orElse(""));
    assertFalse(rawStatus("/guide/sitemap.xml").startsWith("HTTP/1.1 404"));
  }

  @Test
  void answersOnlyRequestsForItsOwnNamesAgainstDnsRebinding() throws Exception {
    int port = server.url().getPort();
    for (String host : new String[] {"127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port,
        "LOCALHOST:" + port, "localhost.:" + port, "[0:0:0:0:0:0:0:1]:" + port}) {
      assertTrue(response("/guide/", host).startsWith("HTTP/1.1 200"), host);
    }
    for (String host : new String[] {"evil.example:" + port, "evil.example", "localhost",
        "localhost:1", "127.0.0.2:" + port, "localhost.evil.example:" + port,
        "127.0.0.1:" + port + "@evil.example", "[::1]x:" + port, ""}) {
      String response = response("/guide/", host);
      assertTrue(response.startsWith("HTTP/1.1 403"), host + " → " + response);
      String body = response.substring(response.indexOf("\r\n\r\n") + 4);
      assertEquals(1, body.lines().count(), body);
      assertTrue(body.contains("--allowed-host") && body.contains("DNS rebinding"), body);
      assertFalse(body.contains("<p>"), "nothing of the site");
    }
    assertTrue(response("/guide/", "evil.example:" + port).contains("'evil.example:" + port
        + "' is not this server: it answers only for localhost, 127.0.0.1, [::1] on port " + port
        + ", as a guard against DNS rebinding; to reach it by that name, restart it with "
        + "--allowed-host evil.example"));
    // The live-reload stream and requests without a Host header are refused as well.
    assertTrue(response(LiveReload.EVENTS, "evil.example:" + port).startsWith("HTTP/1.1 403"));
    assertTrue(response("/guide/", null).startsWith("HTTP/1.1 403"));
    assertTrue(log.toString().contains("lectern: refused a request: Host 'evil.example:" + port),
        log.toString());
  }

  @Test
  void answersNamesGivenWithAllowedHost() throws Exception {
    server.close();
    server = DevServer.start(BuildOptions.of(dir).withoutGitDates().withoutFingerprints(),
        "127.0.0.1", 0, java.util.List.of("docs.internal", "Preview.Example"),
        new PrintStream(log, true, StandardCharsets.UTF_8));
    int port = server.url().getPort();
    assertTrue(response("/guide/", "docs.internal:" + port).startsWith("HTTP/1.1 200"));
    assertTrue(response("/guide/", "preview.example:" + port).startsWith("HTTP/1.1 200"));
    assertTrue(response("/guide/", "localhost:" + port).startsWith("HTTP/1.1 200"));
    assertTrue(response("/guide/", "other.internal:" + port).startsWith("HTTP/1.1 403"));
    assertTrue(response("/guide/", "docs.internal:1").startsWith("HTTP/1.1 403"), "wrong port");
  }

  @Test
  void theServeCommandRejectsAnAllowedHostThatIsNotAName() {
    for (String bad : new String[] {"http://docs.internal", "docs.internal:8000", "a/b", ""}) {
      dev.lectern.testing.Cli cli = dev.lectern.testing.Cli.run("serve", "--source",
          dir.toString(), "--port", "0", "--allowed-host", bad);
      assertEquals(2, cli.exitCode(), bad);
      assertTrue(cli.err().contains("--allowed-host: '" + bad + "' is not a host name"), cli.err());
    }
  }

  /** The status line for a request sent byte for byte, without a client normalising the path. */
  private String rawStatus(String path) throws IOException {
    URI url = server.url();
    String response = response(path, url.getHost() + ":" + url.getPort());
    return response.substring(0, response.indexOf("\r\n"));
  }

  /**
   * The whole response to a GET sent byte for byte with this {@code Host} header (none if null):
   * a forged one, which HttpClient refuses to send.
   */
  private String response(String path, String host) throws IOException {
    URI url = server.url();
    try (Socket socket = new Socket(url.getHost(), url.getPort())) {
      socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\n"
          + (host == null ? "" : "Host: " + host + "\r\n")
          + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }
}
