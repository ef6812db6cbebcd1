package dev.lectern.markdown.callout;

import java.util.Locale;
import java.util.Optional;

/** The five GitHub alert kinds, in GitHub's spelling. */
public enum CalloutKind {
  NOTE("Note"),
  TIP("Tip"),
  IMPORTANT("Important"),
  WARNING("Warning"),
  CAUTION("Caution");

  private final String title;

  CalloutKind(String title) {
    this.title = title;
  }

  /** The visible title of the callout. */
  public String title() {
    return title;
  }

  public String cssClass() {
    return "callout-" + name().toLowerCase(Locale.ROOT);
  }

  /** The kind named by a marker such as {@code NOTE} (case-insensitive, as on GitHub). */
  public static Optional<CalloutKind> parse(String marker) {
    for (CalloutKind k : values()) {
      if (k.name().equalsIgnoreCase(marker)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
