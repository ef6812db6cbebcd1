package dev.lectern.markdown.container;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The questions asked so far, by their normalised text: the same question in another case or
 * spacing is the same question. Used for questions asked twice on a page (FAQ and quiz blocks)
 * and for FAQ questions answered on several pages.
 */
public final class AskedQuestions<T> {
  private final Map<String, T> first = new HashMap<>();

  /**
   * The text questions are compared by: lower case, each run of ASCII white space (the regular
   * expression {@code \\s}) one space, stripped. Written out, as every build normalises every
   * FAQ question of the site, and the regular expression took a tenth of a warm rebuild.
   */
  public static String key(String question) {
    String lower = question.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length());
    boolean inSpace = false;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      boolean space = c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
      if (!space) {
        out.append(c);
      } else if (!inSpace) {
        out.append(' ');
      }
      inSpace = space;
    }
    return out.toString().strip();
  }

  /** Where {@code question} was asked first, if it was; otherwise remembers {@code where}. */
  public Optional<T> askedBefore(String question, T where) {
    return Optional.ofNullable(first.putIfAbsent(key(question), where));
  }

  /** Where {@code question} was asked first, if it was. */
  public Optional<T> firstAsked(String question) {
    return Optional.ofNullable(first.get(key(question)));
  }
}
