package dev.lectern.markdown.code;

import java.util.Locale;
import java.util.Map;

/**
 * The name a code block's header shows for its language: "Python", "Terminal", "Python diff".
 * Markup shows what the author wrote ({@code html}, {@code xml}, {@code svg}), since one grammar
 * serves them all; a language without a name here shows its tag, capitalised.
 */
final class CodeLabel {
  private static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("text", "Text"), Map.entry("python", "Python"), Map.entry("pycon", "Python REPL"),
      Map.entry("console", "Terminal"), Map.entry("bash", "Shell"), Map.entry("json", "JSON"),
      Map.entry("yaml", "YAML"), Map.entry("toml", "TOML"), Map.entry("javascript", "JavaScript"),
      Map.entry("css", "CSS"), Map.entry("sql", "SQL"), Map.entry("diff", "Diff"),
      Map.entry("cpp", "C++"), Map.entry("csharp", "C#"), Map.entry("latex", "LaTeX"),
      Map.entry("typescript", "TypeScript"), Map.entry("php", "PHP"), Map.entry("ini", "INI"));
  private static final String DIFF = "diff-";
  private static final java.util.Set<String> PLAIN = java.util.Set.of("", "text", "plain", "txt",
      "none", "plaintext");

  private CodeLabel() {}

  /**
   * @param language the block's canonical language ({@code text} when plain)
   * @param tag the language as the author wrote it in the info string (may be empty)
   */
  static String of(String language, String tag) {
    if (language.startsWith(DIFF)) {
      return of(language.substring(DIFF.length()), "") + " diff";
    }
    if (language.equals("markup")) {
      String t = tag.toLowerCase(Locale.ROOT);
      return t.isEmpty() || t.equals("markup") ? "HTML" : t.toUpperCase(Locale.ROOT);
    }
    if (language.equals("text") && !PLAIN.contains(tag.toLowerCase(Locale.ROOT))) {
      // An unknown language stays plain, but the reader still learns what it is.
      return capitalised(tag);
    }
    String name = NAMES.get(language);
    if (name != null) {
      return name;
    }
    return language.isEmpty() ? "Text" : capitalised(language);
  }

  private static String capitalised(String word) {
    return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }
}
