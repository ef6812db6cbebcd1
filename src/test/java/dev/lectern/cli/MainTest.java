package dev.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.testing.Cli;
import dev.lectern.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  @TempDir Path dir;

  @Test
  void printsTheVersionAndTheCommitItWasBuiltFrom() throws Exception {
    Cli cli = Cli.run("--version");
    assertEquals(0, cli.exitCode());
    assertTrue(cli.out().matches("lectern \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? "
        + "\\(commit ([0-9a-f]{40}|unknown)\\)\\n"), cli.out());
    // Built by Maven in this checkout: the commit is this checkout's last commit, merge commits
    // aside (buildnumber-maven-plugin asks 'git log -1 --no-merges').
    Process git = new ProcessBuilder("git", "log", "-1", "--no-merges", "--format=%H")
        .redirectErrorStream(true).start();
    String head = new String(git.getInputStream().readAllBytes()).trim();
    if (git.waitFor() == 0) {
      assertTrue(cli.out().endsWith(" (commit " + head + ")\n"), cli.out() + " vs " + head);
    } else {
      assertTrue(cli.out().endsWith(" (commit unknown)\n"), "outside git: " + cli.out());
    }
  }

  @Test
  void printsHelpForTheToolAndForBuild() {
    Cli top = Cli.run("--help");
    assertEquals(0, top.exitCode());
    assertTrue(top.out().contains("build"), top.out());
    Cli build = Cli.run("build", "--help");
    assertEquals(0, build.exitCode());
    for (String option : new String[] {"--source", "--out", "--base-url", "--drafts", "--quiet"}) {
      assertTrue(build.out().contains(option), option);
    }
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertEquals(2, Cli.run().exitCode());
    Cli unknown = Cli.run("build", "--frobnicate");
    assertEquals(2, unknown.exitCode());
    assertTrue(unknown.err().contains("Unknown option: '--frobnicate'"), unknown.err());
    assertEquals(2, Cli.run("publish").exitCode());
  }

  @Test
  void linksWarnTurnsBrokenLinksIntoWarningsAndTheSummaryCountsThem() {
    TestSite.minimal(dir).file("content/topics/02-second.md", "---\ntitle: Second\n"
        + "description: A chapter with a link to a missing page and one to a missing heading.\n"
        + "---\nSee [nothing](03-none.md) and [no heading](01-first.md#none).\n");
    Cli failing = Cli.run("check", "--source", dir.toString());
    assertEquals(1, failing.exitCode());
    assertTrue(failing.err().endsWith("lectern: build failed with 2 errors; nothing was "
        + "written\n"), failing.err());
    Cli warned = Cli.run("check", "--source", dir.toString(), "--links=warn");
    assertEquals(0, warned.exitCode(), warned.err());
    assertTrue(warned.out().contains(": 2 warnings (2 of them broken links, downgraded from "
        + "errors by links: warn)."), warned.out());
    assertTrue(warned.err().contains("02-second.md:5:5: warning: link to missing page"),
        warned.err());
    Cli wrong = Cli.run("check", "--source", dir.toString(), "--links=maybe");
    assertEquals(2, wrong.exitCode());
    assertTrue(wrong.err().contains("'maybe' is not a links mode: use error or warn"),
        wrong.err());
  }

  @Test
  void buildsASiteAndSummarises() throws IOException {
    TestSite.minimal(dir);
    Cli cli = Cli.run("build", "--source", dir.toString());
    assertEquals(0, cli.exitCode(), cli.err());
    assertTrue(cli.out().startsWith("Built 3 pages ("), cli.out());
    assertTrue(cli.out().contains("0 warnings"), cli.out());
    assertTrue(Files.isRegularFile(dir.resolve("site/topics/first/index.html")));
    assertTrue(Files.isRegularFile(dir.resolve("site/404.html")));
    try (var css = Files.list(dir.resolve("site/assets/css"))) {
      assertTrue(css.anyMatch(f -> f.getFileName().toString().matches("lectern\\.[0-9a-f]{10}\\.css")));
    }
  }

  @Test
  void honoursOutBaseUrlAndQuiet() throws IOException {
    TestSite.minimal(dir);
    Path out = dir.resolve("elsewhere");
    Cli cli = Cli.run("build", "--source", dir.toString(), "--out", out.toString(),
        "--base-url", "https://example.github.io/repo", "--quiet");
    assertEquals(0, cli.exitCode(), cli.err());
    assertEquals("", cli.out());
    assertEquals("", cli.err());
    String page = Files.readString(out.resolve("topics/first/index.html"));
    assertTrue(page.matches("(?s).*href=\"/repo/assets/css/lectern\\.[0-9a-f]{10}\\.css\".*"), page);
    assertFalse(Files.exists(dir.resolve("site")));
  }

  @Test
  void rejectsABadBaseUrl() {
    TestSite.minimal(dir);
    Cli cli = Cli.run("build", "--source", dir.toString(), "--base-url", "not a url");
    assertEquals(1, cli.exitCode());
    assertTrue(cli.err().startsWith("--base-url: 'not a url' is not an absolute http(s) URL"),
        cli.err());
  }

  @Test
  void includesDraftsOnlyWhenAsked() {
    TestSite.minimal(dir).file("content/topics/02-wip.md", "---\ntitle: WIP\ndraft: true\n---\nx\n");
    assertEquals(0, Cli.run("build", "--source", dir.toString()).exitCode());
    assertFalse(Files.exists(dir.resolve("site/topics/wip/index.html")));
    assertEquals(0, Cli.run("build", "--source", dir.toString(), "--drafts").exitCode());
    assertTrue(Files.exists(dir.resolve("site/topics/wip/index.html")));
  }

  @Test
  void reportsWarningsButSucceeds() {
    TestSite.minimal(dir).file("content/topics/01-first.md",
        "---\ntitle: First\n---\n## Fine\n\n<b onclick=\"x()\">raw</b>\n");
    Cli cli = Cli.run("build", "--source", dir.toString());
    assertEquals(0, cli.exitCode());
    assertTrue(cli.err().contains("content/topics/01-first.md:2:1: warning: the chapter has no"
        + " description"), cli.err());
    assertTrue(cli.err().contains("content/topics/01-first.md:6:1: warning: raw HTML"), cli.err());
    assertTrue(cli.out().contains("2 warnings"), cli.out());
  }

  @Test
  void aQuestionAnsweredOnTwoPagesIsMarkedUpOnlyOnTheFirst() throws IOException {
    String faq = "\n:::faq\n### Why does the GIL exist?\nTo keep reference counts safe.\n:::\n";
    TestSite.minimal(dir)
        .file("content/topics/01-first.md", "---\ntitle: First\ndescription: The first chapter"
            + " of the test guide, which answers one question.\n---\n" + faq)
        .file("content/topics/02-second.md", "---\ntitle: Second\ndescription: The second"
            + " chapter of the test guide, which answers the same question.\n---\n" + faq);
    Cli cli = Cli.run("build", "--source", dir.toString());
    assertEquals(0, cli.exitCode(), cli.err());
    assertEquals("", cli.err(), "handled, so nothing to warn about");
    String first = Files.readString(dir.resolve("site/topics/first/index.html"));
    String second = Files.readString(dir.resolve("site/topics/second/index.html"));
    assertTrue(first.contains("\"@type\":\"FAQPage\""), "the first page in reading order");
    assertFalse(second.contains("FAQPage"), "one FAQPage per question and site");
    assertTrue(second.contains(">Why does the GIL exist?"), "still shown on the second page");
  }

  @Test
  void refusesAnOutputFolderThatWouldReplaceTheSources() throws IOException {
    TestSite.minimal(dir);
    Cli cli = Cli.run("build", "--source", dir.toString(), "--out", dir.resolve("content").toString());
    assertEquals(1, cli.exitCode());
    assertTrue(cli.err().contains("would replace the site's sources"), cli.err());
    assertTrue(Files.isRegularFile(dir.resolve("content/_index.md")));
  }

  @Test
  void missingSourceFolderIsAClearError() {
    Cli cli = Cli.run("build", "--source", dir.resolve("nope").toString());
    assertEquals(1, cli.exitCode());
    assertTrue(cli.err().startsWith("site.yml: site configuration not found"), cli.err());
  }

  @Test
  void checkBuildsInMemoryWritesNothingAndExitsZeroOnAGoodSite() {
    TestSite.minimal(dir).file("site.yml", "title: Test Guide\nbase_url: https://docs.example.org/\n"
        + "cname: docs.example.org\n");
    Cli cli = Cli.run("check", "--source", dir.toString());
    assertEquals(0, cli.exitCode(), cli.err());
    assertTrue(cli.out().matches("Checked 3 pages \\(\\d+ files\\) in \\d+\\.\\d\\d s: 0 warnings\\.\\n"),
        cli.out());
    assertFalse(Files.exists(dir.resolve("site")), "check writes nothing");
  }

  @Test
  void checkFailsOnABrokenLinkAndStrictFailsOnWarnings() {
    TestSite.minimal(dir).file("content/topics/01-first.md", "---\ntitle: First\n"
        + "description: The first chapter of the test guide, with an intro section.\n---\n"
        + "## Intro\n\nSee [the rest](#rest).\n");
    Cli broken = Cli.run("check", "--source", dir.toString());
    assertEquals(1, broken.exitCode());
    assertEquals("content/topics/01-first.md:7:5: broken link '#rest' (a href): there is no id "
        + "'rest' on this page\n    See [the rest](#rest).\n        ^\n"
        + "    hint: link to a heading's id (shown in its URL when you click it)\n"
        + "lectern: build failed with 1 error; nothing was written\n", broken.err());

    TestSite.minimal(dir).file("content/topics/01-first.md", "---\ntitle: First\n"
        + "description: Too short.\n---\n## Intro\n\nText.\n");
    assertEquals(0, Cli.run("check", "--source", dir.toString()).exitCode());
    Cli strict = Cli.run("check", "--strict", "--source", dir.toString());
    assertEquals(1, strict.exitCode());
    assertTrue(strict.err().endsWith(
        "lectern: check failed with 1 warning (--strict treats warnings as errors)\n"),
        strict.err());
  }

  @Test
  void buildWritesCnameWhenSiteYmlSetsOne() throws IOException {
    TestSite.minimal(dir).file("site.yml", "title: Test Guide\nbase_url: https://docs.example.org/\n"
        + "cname: docs.example.org\n");
    assertEquals(0, Cli.run("build", "--source", dir.toString()).exitCode());
    assertEquals("docs.example.org\n", Files.readString(dir.resolve("site/CNAME")));
    assertTrue(Files.exists(dir.resolve("site/.nojekyll")));
  }
}
