package dev.lectern.markdown.mdx;

import java.util.regex.Pattern;

/**
 * MDX's ESM: a top-level paragraph that is only {@code import} and {@code export} statements
 * ({@code import Tabs from '@theme/Tabs';}, {@code export const meta = {…}}). A paragraph of
 * prose that happens to start with "import" is not one: an import names its module in quotes.
 */
final class EsmLines {
  private static final Pattern IMPORT = Pattern.compile(
      "import\\s+(?:[\\w$*{}\\s,]+?\\s+from\\s+)?['\"][^'\"\\n]+['\"]\\s*;?\\s*",
      Pattern.DOTALL);
  private static final Pattern EXPORT_START = Pattern.compile(
      "export\\s+(?:default\\b|const\\s|let\\s|var\\s|function[\\s*]|async\\s|class\\s|\\{|\\*)");

  private EsmLines() {}

  /** True if {@code source} (a paragraph's lines) is ESM only. */
  static boolean isEsm(String source) {
    String text = source.strip();
    if (text.startsWith("export")) {
      return EXPORT_START.matcher(text).lookingAt();
    }
    if (!text.startsWith("import")) {
      return false;
    }
    // One import after another; anything else in between makes it prose.
    int at = 0;
    var m = IMPORT.matcher(text);
    while (at < text.length()) {
      m.region(at, text.length());
      if (!m.lookingAt()) {
        return text.startsWith("export", at) && EXPORT_START.matcher(text).region(at,
            text.length()).lookingAt();
      }
      at = m.end();
    }
    return true;
  }
}
