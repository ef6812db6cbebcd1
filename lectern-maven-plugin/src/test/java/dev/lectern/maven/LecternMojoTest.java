package dev.lectern.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The goals run in this JVM, as Maven runs them; the integration tests in src/it run them
 * through Maven itself (phases, configuration, the log).
 */
class LecternMojoTest {
  @TempDir Path project;

  private <T extends AbstractLecternMojo> T configure(T mojo) {
    mojo.basedir = project.toFile();
    mojo.source = project.resolve("docs").toFile();
    mojo.output = project.resolve("target/docs").toFile();
    mojo.linksMode = "error";
    return mojo;
  }

  private void write(String path, String text) throws IOException {
    Path file = project.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private void site(String chapterBody) throws IOException {
    write("docs/site.yml", "title: Docs\nbase_url: https://example.org/docs/\n");
    write("docs/content/_index.md", "---\ntitle: Home\n---\nWelcome.\n");
    write("docs/content/guide/_index.md", "---\ntitle: Guide\n---\nThe guide.\n");
    write("docs/content/guide/01-start.md", "---\ntitle: Start\ndescription: How to start "
        + "using the project, from installing it to the first run.\n---\n## Start\n\n"
        + chapterBody + "\n");
  }

  @Test
  void buildWritesTheSiteAndCheckWritesNothing() throws Exception {
    site("Text.");
    configure(new CheckMojo()).execute();
    assertFalse(Files.exists(project.resolve("target/docs")));
    configure(new BuildMojo()).execute();
    assertTrue(Files.isRegularFile(project.resolve("target/docs/guide/start/index.html")));
    assertFalse(Files.exists(project.resolve("docs/.lectern-cache")), "no cache in the sources");
  }

  @Test
  void siteErrorsFailWithLecternsMessagesRelativeToTheProject() throws Exception {
    site("See [the missing page](missing.md).");
    LecternPipeline.SiteErrors e = assertThrows(LecternPipeline.SiteErrors.class,
        () -> new LecternPipeline(project).run(new LecternPipeline.Request(
            project.resolve("docs"), project.resolve("target/docs"), java.util.Optional.empty(),
            LecternPipeline.LinksMode.ERROR, false)));
    assertEquals(1, e.errors().size());
    List<String> lines = e.errors().get(0).lines().toList();
    assertEquals("docs/content/guide/01-start.md:7:5: link to missing page 'missing.md'",
        lines.get(0));
    assertEquals("    See [the missing page](missing.md).", lines.get(1));
    assertEquals("        ^", lines.get(2));
    MojoFailureException failure = assertThrows(MojoFailureException.class,
        () -> configure(new CheckMojo()).execute());
    assertEquals("Lectern found 1 error in docs, the first: docs/content/guide/01-start.md:7:5: "
        + "link to missing page 'missing.md'", failure.getMessage());
  }

  @Test
  void skipSkipsEvenAMissingSite() throws Exception {
    BuildMojo mojo = configure(new BuildMojo());
    mojo.skip = true;
    mojo.execute();
    assertFalse(Files.exists(project.resolve("target/docs")));
  }

  @Test
  void aMissingSiteSaysWhereItLooked() {
    MojoFailureException e = assertThrows(MojoFailureException.class,
        () -> configure(new CheckMojo()).execute());
    assertTrue(e.getMessage().startsWith("no site.yml in " + project.resolve("docs")),
        e.getMessage());
  }

  @Test
  void linksModeIsErrorOrWarnAndWarnIsRefusedUntilLecternSupportsIt() throws Exception {
    site("Text.");
    CheckMojo typo = configure(new CheckMojo());
    typo.linksMode = "warning";
    assertEquals("linksMode must be 'error' or 'warn', not 'warning'",
        assertThrows(MojoFailureException.class, typo::execute).getMessage());
    CheckMojo warn = configure(new CheckMojo());
    warn.linksMode = "warn";
    assertTrue(assertThrows(MojoFailureException.class, warn::execute).getMessage()
        .startsWith("linksMode 'warn' is not supported by this version of Lectern yet"));
  }
}
