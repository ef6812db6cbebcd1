package dev.lectern.markdown;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

/**
 * Heading ids as GitHub makes them, so links written against GitHub's Markdown preview keep
 * working: lower-case, letters, digits, marks, '_' and '-' kept, other punctuation dropped, spaces
 * turned into '-', and repeats suffixed {@code -1}, {@code -2}. One instance per document.
 */
public final class HeadingSlugger {
  private final Set<String> used = new HashSet<>();
  // The suffix to try first per base: the ones below it are taken (ids are never released), so a
  // page with thousands of equal headings or tabs costs linear, not quadratic, time.
  private final Map<String, Integer> nextSuffix = new HashMap<>();

  /** The id for a heading with this plain text, unique within the document. */
  public String slug(String text) {
    String base = slugify(text);
    String candidate = base;
    if (used.contains(base)) {
      int n = nextSuffix.getOrDefault(base, 1);
      while (used.contains(base + "-" + n)) {
        n++;
      }
      candidate = base + "-" + n;
      nextSuffix.put(base, n + 1);
    }
    used.add(candidate);
    return candidate;
  }

  /** Marks an explicit id as taken, so generated ids avoid it; false if it was already taken. */
  public boolean reserve(String id) {
    return used.add(id);
  }

  /** The GitHub slug of {@code text}, without de-duplication. */
  public static String slugify(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length());
    lower.codePoints().forEach(cp -> {
      if (cp == ' ') {
        out.append('-');
      } else if (keeps(cp)) {
        out.appendCodePoint(cp);
      }
    });
    return out.toString();
  }

  private static boolean keeps(int cp) {
    if (cp == '-' || cp == '_' || Character.isLetterOrDigit(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK || type == Character.CONNECTOR_PUNCTUATION
        || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }
}
