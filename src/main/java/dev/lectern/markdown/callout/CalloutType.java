package dev.lectern.markdown.callout;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The looks an admonition can have, whatever its dialect: each has its own colour and icon in
 * the theme. The names of Python-Markdown, Material for MkDocs, Docusaurus, VitePress, Starlight
 * and GitHub map onto them through {@link #of}.
 */
public enum CalloutType {
  NOTE, ABSTRACT, INFO, TIP, IMPORTANT, SUCCESS, QUESTION, WARNING, CAUTION, FAILURE, DANGER,
  BUG, EXAMPLE, QUOTE;

  private static final Map<String, CalloutType> ALIASES = Map.ofEntries(
      Map.entry("summary", ABSTRACT), Map.entry("tldr", ABSTRACT), Map.entry("todo", INFO),
      Map.entry("hint", TIP), Map.entry("check", SUCCESS), Map.entry("done", SUCCESS),
      Map.entry("help", QUESTION), Map.entry("faq", QUESTION), Map.entry("attention", WARNING),
      Map.entry("fail", FAILURE), Map.entry("missing", FAILURE), Map.entry("error", DANGER),
      Map.entry("cite", QUOTE), Map.entry("details", NOTE));

  /** The type's CSS class, {@code callout-note}. */
  public String cssClass() {
    return "callout-" + name().toLowerCase(Locale.ROOT);
  }

  /** The type a name or alias stands for ({@code tldr} → abstract), in any case. */
  public static Optional<CalloutType> of(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    CalloutType alias = ALIASES.get(lower);
    if (alias != null) {
      return Optional.of(alias);
    }
    for (CalloutType t : values()) {
      if (t.name().toLowerCase(Locale.ROOT).equals(lower)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** Every name {@link #of} knows, lower-case: types and aliases. */
  public static java.util.Set<String> names() {
    java.util.Set<String> all = new java.util.TreeSet<>(ALIASES.keySet());
    for (CalloutType t : values()) {
      all.add(t.name().toLowerCase(Locale.ROOT));
    }
    return all;
  }

  /**
   * The title an admonition gets when its author gives none: the name as written, capitalised
   * ({@code tldr} → "Tldr", {@code NOTE} → "Note"), as Python-Markdown and GitHub show it.
   */
  public static String defaultTitle(String writtenName) {
    if (writtenName.isEmpty()) {
      return "Note";
    }
    String lower = writtenName.toLowerCase(Locale.ROOT);
    return lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1);
  }
}
