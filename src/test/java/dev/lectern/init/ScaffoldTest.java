package dev.lectern.init;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.pipeline.Build;
import dev.lectern.pipeline.BuildOptions;
import dev.lectern.pipeline.BuildResult;
import dev.lectern.serve.DevServer;
import dev.lectern.testing.Cli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** lectern init starts a site that builds without a warning and serves at once. */
class ScaffoldTest {
  @TempDir Path dir;

  @Test
  void theNewSiteBuildsWithoutWarningsAndServes() throws Exception {
    Path site = dir.resolve("my-notes");
    Cli cli = Cli.run("init", site.toString());
    assertEquals(0, cli.exitCode(), cli.err());
    for (String f : List.of("site.yml", "content/_index.md", "content/01-getting-started.md",
        ".github/workflows/pages.yml", ".gitignore")) {
      assertTrue(Files.isRegularFile(site.resolve(f)), f);
    }
    assertTrue(Files.readString(site.resolve("site.yml")).contains("title: My notes\n"));
    BuildResult result = new Build().render(BuildOptions.of(site).withoutGitDates()
        .withoutDiskCache());
    assertEquals(List.of(), result.warnings());
    String chapter = new String(result.tree().get("getting-started/index.html"),
        StandardCharsets.UTF_8);
    for (String part : List.of("language-python", "class=\"callout", "FAQPage", "quiz")) {
      assertTrue(chapter.contains(part), part);
    }
    try (DevServer server = DevServer.start(BuildOptions.of(site).withoutDiskCache()
        .withoutFingerprints(), "127.0.0.1", 0,
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
      HttpResponse<String> home = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create(server.url().toString())).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, home.statusCode());
      assertTrue(home.body().contains("<h1>Welcome</h1>"), home.body());
    }
  }

  @Test
  void itWritesNothingWhenAnyFileWouldBeOverwritten() throws Exception {
    Files.createDirectories(dir.resolve("content"));
    Files.writeString(dir.resolve("content/_index.md"), "mine");
    Cli cli = Cli.run("init", dir.toString());
    assertEquals(1, cli.exitCode());
    assertTrue(cli.err().contains("already has content/_index.md; nothing was written"),
        cli.err());
    assertEquals("mine", Files.readString(dir.resolve("content/_index.md")));
    assertTrue(!Files.exists(dir.resolve("site.yml")));
  }
}
