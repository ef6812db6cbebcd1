package dev.lectern.example.hello;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds a site that enables the extension as a user does: the jar copied into the site and
 * listed under 'extensions:' in site.yml, then 'java -jar lectern.jar build'.
 */
class HelloSiteIT {
  @TempDir Path dir;

  private Path site(String page) throws IOException {
    Path site = dir.resolve("site");
    Files.createDirectories(site.resolve("lib"));
    Files.createDirectories(site.resolve("content/guide"));
    Files.copy(Path.of(System.getProperty("hello.jar")), site.resolve("lib/hello.jar"));
    Files.writeString(site.resolve("site.yml"), """
        title: Hello site
        base_url: https://example.org/hello/
        extensions: [lib/hello.jar]
        hello:
          greeting: Welcome
        """);
    Files.writeString(site.resolve("content/_index.md"), "---\ntitle: Home\n---\nHome page.\n");
    Files.writeString(site.resolve("content/guide/_index.md"), "---\ntitle: Guide\n---\nGuide.\n");
    Files.writeString(site.resolve("content/guide/greeting.md"), page);
    Files.writeString(site.resolve("content/guide/quiet.md"), "---\ntitle: Quiet\n"
        + "description: A page that greets nobody, to show hello.txt lists only greeters.\n---\n"
        + "Nothing to see.\n");
    return site;
  }

  private static Result lectern(Path site) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), "-jar", System.getProperty("lectern.jar"),
        "build", "--quiet", "--source", site.toString(), "--out", site.resolve("out").toString())
        .redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Result(p.waitFor(), output);
  }

  private record Result(int exit, String output) {}

  @Test
  void greetsOnThePageAndListsTheGreetingPages() throws Exception {
    Path site = site("""
        ---
        title: Greetings
        description: A page that uses the hello block of the example extension, twice.
        ---

        :::hello Ada
        :::

        Some prose in between.

        :::hello Grace
        :::
        """);
    Result result = lectern(site);
    assertEquals(0, result.exit(), result.output());
    String html = Files.readString(site.resolve("out/guide/greeting/index.html"));
    assertTrue(html.contains("<p class=\"hello\">Welcome, Ada!</p>"), html);
    assertTrue(html.contains("<p class=\"hello\">Welcome, Grace!</p>"), html);
    assertEquals(List.of("/hello/guide/greeting/"),
        Files.readAllLines(site.resolve("out/hello.txt")));
  }

  @Test
  void aBlockWithoutANameIsAnErrorAtItsLine() throws Exception {
    Path site = site("---\ntitle: Broken\n---\n\n:::hello\n:::\n");
    Result result = lectern(site);
    assertEquals(1, result.exit(), result.output());
    assertTrue(result.output().contains(
        "content/guide/greeting.md:5:1: ':::hello' needs a name"), result.output());
  }

  @Test
  void anUnknownSettingIsAnErrorInSiteYml() throws Exception {
    Path site = site("---\ntitle: Greetings\n---\n\n:::hello Ada\n:::\n");
    Files.writeString(site.resolve("site.yml"), Files.readString(site.resolve("site.yml"))
        .replace("greeting: Welcome", "greting: Welcome"));
    Result result = lectern(site);
    assertEquals(1, result.exit(), result.output());
    assertTrue(result.output().contains("site.yml:5:3: unknown key 'greting'"), result.output());
    assertTrue(result.output().contains("did you mean 'greeting'?"), result.output());
  }
}
