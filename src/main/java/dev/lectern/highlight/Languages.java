package dev.lectern.highlight;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Fence tags and their canonical languages: Prism's own aliases plus Lectern's ({@code py},
 * {@code sh}, {@code shell}, {@code console}, {@code yml}, …); plain tags; and
 * {@code diff-LANG} for diffs of code in LANG.
 */
final class Languages {
  /** The canonical name of plain text: escaped verbatim, never highlighted. */
  static final String PLAIN = "text";
  static final String DIFF_PREFIX = "diff-";

  private static final Set<String> PLAIN_TAGS = Set.of("text", "plain", "txt", "none", "plaintext");
  private static final Map<String, String> ALIASES = Map.ofEntries(
      Map.entry("py", "python"), Map.entry("python3", "python"), Map.entry("py3", "python"),
      Map.entry("sh", "bash"), Map.entry("shell", "bash"), Map.entry("zsh", "bash"),
      Map.entry("console", "console"), Map.entry("shell-session", "console"),
      Map.entry("sh-session", "console"), Map.entry("shellsession", "console"),
      Map.entry("yml", "yaml"), Map.entry("js", "javascript"), Map.entry("html", "markup"),
      Map.entry("xml", "markup"), Map.entry("svg", "markup"), Map.entry("mathml", "markup"),
      Map.entry("dotnet", "csharp"), Map.entry("jsonp", "json"), Map.entry("webmanifest", "json"),
      Map.entry("md", "markdown"), Map.entry("python-console", "pycon"));

  private final Set<String> grammars;

  Languages(Set<String> grammars) {
    this.grammars = Set.copyOf(grammars);
  }

  Optional<String> canonical(String tag) {
    String t = tag.toLowerCase(Locale.ROOT);
    if (t.isEmpty() || PLAIN_TAGS.contains(t)) {
      return Optional.of(PLAIN);
    }
    if (t.startsWith(DIFF_PREFIX)) {
      return canonical(t.substring(DIFF_PREFIX.length()))
          .filter(inner -> grammars.contains(inner))
          .map(inner -> DIFF_PREFIX + inner);
    }
    String name = ALIASES.getOrDefault(t, t);
    return grammars.contains(name) ? Optional.of(name) : Optional.empty();
  }

  List<String> knownTags() {
    Set<String> all = new TreeSet<>(grammars);
    all.addAll(ALIASES.keySet());
    all.addAll(PLAIN_TAGS);
    return new ArrayList<>(all);
  }
}
