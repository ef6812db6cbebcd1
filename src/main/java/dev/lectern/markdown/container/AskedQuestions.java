package dev.lectern.markdown.container;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The questions asked so far, by their normalised text: the same question in another case or
 * spacing is the same question. Used for questions asked twice on a page (FAQ and quiz blocks)
 * and for FAQ questions answered on several pages.
 */
public final class AskedQuestions<T> {
  /** Compiled once: every build normalises every FAQ question of the site. */
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final Map<String, T> first = new HashMap<>();

  /** The text questions are compared by. */
  public static String key(String question) {
    return WHITESPACE.matcher(question.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
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
