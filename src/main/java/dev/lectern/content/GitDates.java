package dev.lectern.content;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The date of the last commit of every file in the content folder, read with one
 * {@code git log} over the folder. Used where front matter gives no date. Outside a git checkout, or without
 * git, the map is empty: dates are then simply unknown.
 */
public final class GitDates {
  private GitDates() {}

  /** Content path ({@code python/01-generators.md}) → date of its newest commit. */
  public static Map<String, LocalDate> lastCommits(Path sourceRoot) {
    return lastCommits(sourceRoot, ContentLoader.FOLDER);
  }

  /** As {@link #lastCommits(Path)}, for the content folder {@code contentDir}. */
  public static Map<String, LocalDate> lastCommits(Path sourceRoot, String contentDir) {
    ProcessBuilder git = new ProcessBuilder("git", "-C", sourceRoot.toString(), "log", "--relative",
        "--format=@@%cs", "--name-only", "--no-renames", "--",
        contentDir.isEmpty() ? "." : contentDir)
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    Map<String, LocalDate> dates = new HashMap<>();
    try {
      Process p = git.start();
      try (BufferedReader out = new BufferedReader(
          new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        read(out, contentDir.isEmpty() ? "" : contentDir + "/", dates);
      }
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return Map.of();
      }
      return p.exitValue() == 0 ? Map.copyOf(dates) : Map.of();
    } catch (IOException e) {
      return Map.of();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Map.of();
    }
  }

  /**
   * True if {@code sourceRoot} is in a shallow clone: there, every file's last commit is the one
   * commit fetched, and all dates would be the date of the clone.
   */
  public static boolean isShallow(Path sourceRoot) {
    ProcessBuilder git = new ProcessBuilder("git", "-C", sourceRoot.toString(), "rev-parse",
        "--is-shallow-repository").redirectError(ProcessBuilder.Redirect.DISCARD);
    try {
      Process p = git.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 && out.equals("true");
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static void read(BufferedReader out, String prefix, Map<String, LocalDate> dates)
      throws IOException {
    LocalDate current = null;
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      if (line.startsWith("@@")) {
        current = parse(line.substring(2));
      } else if (current != null && line.startsWith(prefix)) {
        dates.putIfAbsent(line.substring(prefix.length()), current);
      }
    }
  }

  private static LocalDate parse(String s) {
    try {
      return LocalDate.parse(s.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
