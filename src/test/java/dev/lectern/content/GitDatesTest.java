package dev.lectern.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.pipeline.Build;
import dev.lectern.pipeline.BuildOptions;
import dev.lectern.pipeline.BuildResult;
import dev.lectern.testing.TestSite;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitDatesTest {
  @TempDir
  Path dir;

  private void git(Path in, String date, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Test",
        "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false"));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(in.toFile())
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    pb.environment().put("GIT_AUTHOR_DATE", date + "T12:00:00Z");
    pb.environment().put("GIT_COMMITTER_DATE", date + "T12:00:00Z");
    assertEquals(0, pb.start().waitFor(), String.join(" ", command));
  }

  private Path repository() throws Exception {
    Path repo = dir.resolve("repo");
    TestSite.minimal(repo);
    git(repo, "2026-01-05", "init", "-q");
    git(repo, "2026-01-05", "add", ".");
    git(repo, "2026-01-05", "commit", "-q", "-m", "first");
    TestSite.minimal(repo).file("content/topics/01-first.md", "---\ntitle: First\n"
        + "description: The first chapter of the test guide, changed in a second commit.\n---\n"
        + "## Intro\n\nText.\n");
    git(repo, "2026-03-09", "commit", "-q", "-am", "second");
    return repo;
  }

  @Test
  void datesEachFileByItsLastCommit() throws Exception {
    Path repo = repository();
    Map<String, LocalDate> dates = GitDates.lastCommits(repo);
    assertEquals(LocalDate.of(2026, 3, 9), dates.get("topics/01-first.md"));
    assertEquals(LocalDate.of(2026, 1, 5), dates.get("_index.md"));
    assertFalse(GitDates.isShallow(repo));
  }

  @Test
  void aShallowCloneWarnsAndFallsBackToFrontMatterDates() throws Exception {
    Path repo = repository();
    git(dir, "2026-03-09", "clone", "-q", "--depth", "1", repo.toUri().toString(), "shallow");
    Path shallow = dir.resolve("shallow");
    assertTrue(GitDates.isShallow(shallow));

    BuildResult result = new Build().render(BuildOptions.of(shallow));
    assertEquals(List.of(Build.SHALLOW_CLONE),
        result.warnings().stream().map(w -> w.message()).toList());
    String page = result.tree().text("topics/first/index.html");
    assertFalse(page.contains("2026-03-09"), "no date from the one fetched commit");
  }
}
