package dev.lectern.highlight.grammar;

import io.noties.prism4j.Prism4j;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds grammars in the shape of Prism.js language definitions: a grammar is an ordered list of
 * named tokens, each with one or more patterns. Grammars may refer to each other and to themselves
 * (through {@link #grammarOf(String, List)} with a list filled in later), so these types compare
 * by identity and never print their contents.
 */
public final class Rules {
  private Rules() {}

  public static Prism4j.Grammar grammar(String name, Prism4j.Token... tokens) {
    return new Gram(name, new ArrayList<>(List.of(tokens)));
  }

  /** A grammar over a list that may still be filled (for self-reference); not copied. */
  public static Prism4j.Grammar grammarOf(String name, List<Prism4j.Token> tokens) {
    return new Gram(name, tokens);
  }

  public static Prism4j.Token token(String name, Prism4j.Pattern... patterns) {
    return new Tok(name, List.of(patterns));
  }

  public static Prism4j.Token token(String name, List<Prism4j.Pattern> patterns) {
    return new Tok(name, List.copyOf(patterns));
  }

  /** A pattern written as a Java regex; use {@link Pat} methods to add options. */
  public static Pat re(String regex) {
    return new Pat(Pattern.compile(regex), false, false, null, null);
  }

  public static Pat re(String regex, int flags) {
    return new Pat(Pattern.compile(regex, flags), false, false, null, null);
  }

  /** {@code \b(?:word|word|…)\b} with ASCII words: a keyword list. */
  private static final Pattern WORD_LIST = Pattern.compile(
      "\\\\b\\(\\?:(\\w+(?:\\|\\w+)*)\\)\\\\b");

  /**
   * One bracketed class of ASCII characters and nothing else, such as {@code [{}\[\];(),.:]}:
   * not negated and without class escapes, so it can never match half of a surrogate pair.
   */
  private static final Pattern ONE_CLASS =
      Pattern.compile("\\[(?!\\^)(?:[^\\]\\\\\\[]|\\\\[^A-Za-z0-9])+\\]");

  /** A pattern; immutable, each option returns a copy. */
  public static final class Pat implements Prism4j.Pattern {
    private final Pattern regex;
    private final boolean lookbehind;
    private final boolean greedy;
    private final String alias;
    private final Prism4j.Grammar inside;
    private final MatchHint hint;
    private final Set<String> words;
    private final MatchHint oneCharOf;

    Pat(Pattern regex, boolean lookbehind, boolean greedy, String alias, Prism4j.Grammar inside) {
      this(regex, lookbehind, greedy, alias, inside, null);
    }

    private Pat(Pattern regex, boolean lookbehind, boolean greedy, String alias,
        Prism4j.Grammar inside, MatchHint hint) {
      this.regex = regex;
      this.lookbehind = lookbehind;
      this.greedy = greedy;
      this.alias = alias;
      this.inside = inside;
      this.hint = hint;
      this.words = wordsOf(regex);
      this.oneCharOf = isOneClass(regex) && !lookbehind
          ? new MatchHint(regex.pattern(), regex.flags(), 0) : null;
    }

    private static boolean isOneClass(Pattern regex) {
      String source = regex.pattern();
      return source.chars().allMatch(c -> c < 128) && ONE_CLASS.matcher(source).matches();
    }

    private static Set<String> wordsOf(Pattern regex) {
      Matcher m = WORD_LIST.matcher(regex.pattern());
      if (regex.flags() != 0 || !m.matches() || !m.group(1).chars().allMatch(c -> c < 128)) {
        return null;
      }
      return Set.copyOf(Arrays.asList(m.group(1).split("\\|")));
    }

    /**
     * The words, if this pattern is nothing but a keyword list ({@code \b(?:a|b|c)\b}, case
     * sensitive, ASCII): the tokenizer then finds its matches by looking words up instead of
     * running the regex, which tried every alternative at every word boundary.
     */
    public Set<String> words() {
      return words;
    }

    /** The class, if this pattern is one bracketed character class and nothing else. */
    public MatchHint oneCharOf() {
      return oneCharOf;
    }

    /** What every match starts with, if declared; see {@link MatchHint}. */
    public MatchHint hint() {
      return hint;
    }

    /** The same pattern with another regex and inner grammar (the grammar copier's rewrite). */
    Pat with(Pattern otherRegex, Prism4j.Grammar otherInside) {
      return new Pat(otherRegex, lookbehind, greedy, alias, otherInside, hint);
    }

    /** The first group is context that must precede the match but is not part of it. */
    public Pat withLookbehind() {
      return new Pat(regex, true, greedy, alias, inside, hint);
    }

    /**
     * Declares that every match (its lookbehind context included) starts with a character of
     * {@code charClass}, a regex class read with this pattern's flags.
     */
    public Pat startingWith(String charClass) {
      return startingNear(charClass, 0);
    }

    /**
     * Declares that every match has a character of {@code charClass} at most {@code lead}
     * characters after its start (a string's quote after its prefix letters, say).
     */
    public Pat startingNear(String charClass, int lead) {
      return new Pat(regex, lookbehind, greedy, alias, inside,
          new MatchHint(charClass, regex.flags(), lead));
    }

    /** Matches across earlier tokens' boundaries (strings, comments). */
    public Pat asGreedy() {
      return new Pat(regex, lookbehind, true, alias, inside, hint);
    }

    /** Extra classes, space-separated. */
    public Pat alias(String names) {
      return new Pat(regex, lookbehind, greedy, names, inside, hint);
    }

    /** Tokenizes the match itself with {@code grammar}. */
    public Pat inside(Prism4j.Grammar grammar) {
      return new Pat(regex, lookbehind, greedy, alias, grammar, hint);
    }

    @Override
    public Pattern regex() {
      return regex;
    }

    @Override
    public boolean lookbehind() {
      return lookbehind;
    }

    @Override
    public boolean greedy() {
      return greedy;
    }

    @Override
    public String alias() {
      return alias;
    }

    @Override
    public Prism4j.Grammar inside() {
      return inside;
    }

    @Override
    public String toString() {
      return "/" + regex.pattern() + "/";
    }
  }

  private static final class Gram implements Prism4j.Grammar {
    private final String name;
    private final List<Prism4j.Token> tokens;

    Gram(String name, List<Prism4j.Token> tokens) {
      this.name = name;
      this.tokens = tokens;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public List<Prism4j.Token> tokens() {
      return tokens;
    }

    @Override
    public String toString() {
      return "grammar " + name;
    }
  }

  private static final class Tok implements Prism4j.Token {
    private final String name;
    private final List<Prism4j.Pattern> patterns;

    Tok(String name, List<Prism4j.Pattern> patterns) {
      this.name = name;
      this.patterns = patterns;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public List<Prism4j.Pattern> patterns() {
      return patterns;
    }

    @Override
    public String toString() {
      return "token " + name;
    }
  }
}
