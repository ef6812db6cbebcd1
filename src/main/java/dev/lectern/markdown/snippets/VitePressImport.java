package dev.lectern.markdown.snippets;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * VitePress's code imports: {@code <<< @/snippets/app.js#region{1,4-6 js:line-numbers} [label]}
 * alone in a paragraph, showing a file ({@code @} is the content folder, then each snippet base
 * path, VitePress's source folder when only a locale's folder is built; other paths are relative
 * to the page), or the lines between {@code #region name} and {@code #endregion name} comments,
 * with optional highlighted lines, language, line numbers and label.
 */
record VitePressImport(String path, Optional<String> region, String ranges, String language,
    boolean lineNumbers, Optional<String> label) {
  private static final Pattern WHOLE = Pattern.compile(
      "<<<\\s+([^\\s{#\\[]+)(?:#([\\w-]+))?(?:\\{([^}\\n]*)\\})?(?:\\s+\\[([^\\]\\n]*)\\])?\\s*");
  private static final Pattern REGION = Pattern.compile(
      "^\\s*(?://|#|<!--|/\\*|;|--)\\s*#?(end)?region\\b\\s*([\\w-]*)");

  /** The import written as {@code text}, if it is one. */
  static Optional<VitePressImport> parse(String text) {
    if (!text.startsWith("<<<")) {
      return Optional.empty();
    }
    Matcher m = WHOLE.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    String spec = m.group(3) == null ? "" : m.group(3).strip();
    boolean numbers = spec.contains(":line-numbers");
    spec = spec.replace(":line-numbers", "").strip();
    String ranges = "";
    String language = "";
    for (String part : spec.split("\\s+")) {
      if (part.matches("[0-9,\\-]+")) {
        ranges = part;
      } else if (!part.isEmpty()) {
        language = part;
      }
    }
    return Optional.of(new VitePressImport(m.group(1), Optional.ofNullable(m.group(2)), ranges,
        language, numbers, Optional.ofNullable(m.group(4))));
  }

  /** The path to read, relative to the page ({@code @/} made relative to the content folder). */
  String pagePath(String contentPath) {
    if (!path.startsWith("@/")) {
      return path;
    }
    int depth = (int) contentPath.chars().filter(c -> c == '/').count();
    return "../".repeat(depth) + path.substring(2);
  }

  /** The path to try relative to the base paths: {@code @/x} is {@code x}. */
  String rootPath() {
    return path.startsWith("@/") ? path.substring(2) : path;
  }

  /** The lines of {@code lines} inside the region, or empty if it is not there. */
  static Optional<List<String>> region(List<String> lines, String name) {
    List<String> out = new ArrayList<>();
    boolean inside = false;
    for (String line : lines) {
      Matcher m = REGION.matcher(line);
      if (m.find() && m.group(2).equals(name)) {
        if (m.group(1) == null) {
          inside = true;
          continue;
        }
        if (inside) {
          return Optional.of(out);
        }
      }
      if (inside && !REGION.matcher(line).find()) {
        out.add(line);
      }
    }
    return Optional.empty();
  }
}
