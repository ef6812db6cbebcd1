package dev.lectern.highlight.grammar;

import io.noties.prism4j.Prism4j;
import java.util.ArrayList;
import java.util.List;
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

  /** A pattern; immutable, each option returns a copy. */
  public static final class Pat implements Prism4j.Pattern {
    private final Pattern regex;
    private final boolean lookbehind;
    private final boolean greedy;
    private final String alias;
    private final Prism4j.Grammar inside;

    Pat(Pattern regex, boolean lookbehind, boolean greedy, String alias, Prism4j.Grammar inside) {
      this.regex = regex;
      this.lookbehind = lookbehind;
      this.greedy = greedy;
      this.alias = alias;
      this.inside = inside;
    }

    /** The first group is context that must precede the match but is not part of it. */
    public Pat withLookbehind() {
      return new Pat(regex, true, greedy, alias, inside);
    }

    /** Matches across earlier tokens' boundaries (strings, comments). */
    public Pat asGreedy() {
      return new Pat(regex, lookbehind, true, alias, inside);
    }

    /** Extra classes, space-separated. */
    public Pat alias(String names) {
      return new Pat(regex, lookbehind, greedy, names, inside);
    }

    /** Tokenizes the match itself with {@code grammar}. */
    public Pat inside(Prism4j.Grammar grammar) {
      return new Pat(regex, lookbehind, greedy, alias, grammar);
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
