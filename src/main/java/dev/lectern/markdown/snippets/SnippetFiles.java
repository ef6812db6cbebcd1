package dev.lectern.markdown.snippets;

import dev.lectern.api.PageContext;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Finds and reads included files, only through {@link PageContext#readFile} (so each is a
 * dependency of the page): a path is tried relative to the page's folder, then relative to each
 * base path (folders of the site, {@code .} being the site's own). A path that would leave the
 * site, a URL, and a file found nowhere are problems for the caller to report at its line.
 */
final class SnippetFiles {
  private final PageContext page;
  private final List<String> basePaths;

  SnippetFiles(PageContext page, List<String> basePaths) {
    this.page = page;
    this.basePaths = basePaths;
  }

  /** A file read: its path below the site's folder and its text. */
  record Read(String sitePath, String text) {}

  /** The outcome: the file, or why there is none (a sentence and a hint). */
  record Outcome(Optional<Read> read, String problem, String hint) {
    static Outcome failed(String problem, String hint) {
      return new Outcome(Optional.empty(), problem, hint);
    }
  }

  Outcome read(String path) {
    return read(path, path);
  }

  /**
   * Reads {@code path} relative to the page, else {@code basePathRelative} relative to each base
   * path: the two differ for VitePress's {@code @/x}, which is the content folder's {@code x}
   * (written relative to the page) or, when only a locale's folder is built, the source folder's
   * (a base path).
   */
  Outcome read(String path, String basePathRelative) {
    if (path.matches("(?i)[a-z][a-z0-9+.-]*://.*")) {
      return Outcome.failed("snippet '" + path + "' is a URL; Lectern includes files of the "
          + "site only", "download the file into the site and include it by its path");
    }
    if (path.startsWith("/") || path.matches("[A-Za-z]:[\\\\/].*")) {
      return Outcome.failed("snippet path '" + path + "' is absolute", "write it relative to "
          + "the page, or to the site's folder (or a base_path)");
    }
    List<String> candidates = new ArrayList<>();
    Optional<String> fromPage = join(folderOf(page.file()), path);
    fromPage.ifPresent(candidates::add);
    for (String base : basePaths) {
      join(base, basePathRelative).filter(p -> !candidates.contains(p))
          .ifPresent(candidates::add);
    }
    if (candidates.isEmpty()) {
      return Outcome.failed("snippet path '" + path + "' leaves the site's folder",
          "included files must be inside the site's folder (base paths too): move the file "
              + "in, or build from a folder that holds both, with site.yml there naming the "
              + "pages (content_dir) and the folder such paths start from (snippets.base_path)");
    }
    for (String candidate : candidates) {
      Optional<String> text = page.readFile("/" + candidate);
      if (text.isPresent()) {
        return new Outcome(Optional.of(new Read(candidate, text.get())), "", "");
      }
    }
    return Outcome.failed("snippet file '" + path + "' not found (looked for "
        + String.join(", ", candidates) + ")", "check the path: it is relative to the page, "
        + "then to the site's folder" + (basePaths.size() > 1 ? " and the base paths" : ""));
  }

  private static String folderOf(String file) {
    int slash = file.lastIndexOf('/');
    return slash < 0 ? "" : file.substring(0, slash);
  }

  /** {@code path} joined to {@code folder}, "." and ".." resolved; empty if it leaves the site. */
  static Optional<String> join(String folder, String path) {
    Deque<String> parts = new ArrayDeque<>();
    String joined = folder.isEmpty() || folder.equals(".") ? path : folder + "/" + path;
    for (String part : joined.replace('\\', '/').split("/", -1)) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (parts.isEmpty()) {
          return Optional.empty();
        }
        parts.removeLast();
      } else {
        parts.addLast(part);
      }
    }
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("/", parts));
  }
}
