package dev.lectern.pipeline;

import java.util.regex.Pattern;

/** Which output paths stay inside the output folder. */
final class OutputPaths {
  private static final Pattern SEGMENT = Pattern.compile("[^/\\\\\\x00-\\x1f:*?\"<>|]+");

  private OutputPaths() {}

  /** True for a relative, '/'-separated path without empty, '.' or '..' segments. */
  static boolean isSafe(String path) {
    if (path.isEmpty() || path.startsWith("/")) {
      return false;
    }
    for (String segment : path.split("/", -1)) {
      if (segment.equals(".") || segment.equals("..") || !SEGMENT.matcher(segment).matches()) {
        return false;
      }
    }
    return true;
  }
}
