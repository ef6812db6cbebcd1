package dev.lectern.content;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;

/** Resolution of paths written in content (links, {@code related}) to content paths. */
public final class ContentPaths {
  private ContentPaths() {}

  /**
   * Resolves {@code written} against the folder of {@code fromContentPath}; a path that does not
   * exist there is also tried from the content root (how {@code related} lists are usually written).
   */
  public static Optional<String> resolve(String fromContentPath, String written, Set<String> known) {
    String folder = fromContentPath.contains("/")
        ? fromContentPath.substring(0, fromContentPath.lastIndexOf('/')) : "";
    Optional<String> relative = normalize(folder, written).filter(known::contains);
    return relative.isPresent() ? relative : normalize("", written).filter(known::contains);
  }

  /**
   * Joins {@code path} to {@code folder} and removes "." and ".." segments; empty if the result
   * would leave the content root. A leading '/' means the content root.
   */
  public static Optional<String> normalize(String folder, String path) {
    Deque<String> parts = new ArrayDeque<>();
    String joined = path.startsWith("/") ? path.substring(1)
        : folder.isEmpty() ? path : folder + "/" + path;
    for (String part : joined.split("/", -1)) {
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
    return Optional.of(String.join("/", parts));
  }
}
