package dev.lectern.highlight.grammar;

import io.noties.prism4j.Prism4j;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every grammar Lectern highlights with, by canonical name, built eagerly once and never changed
 * afterwards, so one instance can be shared by all threads. prism4j's bundled grammars are loaded
 * on the calling thread (loading css and javascript modifies markup), then copied into frozen
 * grammars with their string loops made possessive. Lectern's own ports of Prism.js 1.30 replace
 * the 2018 grammars of the languages guides use most (python, json, java, javascript, markup,
 * css) and add bash, diff, toml, console and pycon.
 */
public final class Grammars {
  /** {@code (?!\1)[^…])*\1}: a string body that can never consume its closing quote. */
  private static final Pattern STRING_LOOP =
      Pattern.compile("(\\(\\?!\\\\([12])\\)\\[\\^[^\\]]*\\]\\))([*+])\\??(\\\\\\2)");

  private final Map<String, Prism4j.Grammar> byName;

  private Grammars(Map<String, Prism4j.Grammar> byName) {
    this.byName = Map.copyOf(byName);
  }

  /** Builds every grammar. Call once; takes about a hundred milliseconds. */
  public static Grammars load() {
    Map<String, Prism4j.Grammar> all = new TreeMap<>();
    BundledGrammarLocator locator = new BundledGrammarLocator();
    Prism4j prism = new Prism4j(locator);
    List<String> names = new ArrayList<>(locator.languages());
    names.sort(null);
    for (String name : names) {
      Prism4j.Grammar g = prism.grammar(name);
      if (g != null) {
        all.put(name, g);
      }
    }
    Map<Object, Object> copies = new IdentityHashMap<>();
    all.replaceAll((name, g) -> copy(g, copies));
    all.remove("css-extras");
    Prism4j.Grammar python = PythonGrammar.create();
    Prism4j.Grammar bash = BashGrammar.create();
    all.put("python", python);
    all.put("json", JsonGrammar.create());
    all.put("toml", TomlGrammar.create());
    all.put("bash", bash);
    all.put("diff", DiffGrammar.create());
    all.put("console", SessionGrammars.console(bash));
    Prism4j.Grammar css = CssGrammar.create();
    Prism4j.Grammar javascript = CLikeGrammars.javascript();
    all.put("css", css);
    all.put("javascript", javascript);
    all.put("java", CLikeGrammars.java());
    all.put("markup", MarkupGrammar.create(css, javascript));
    all.put("pycon", SessionGrammars.pycon(python));
    return new Grammars(all);
  }

  public Optional<Prism4j.Grammar> get(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** Canonical names of every grammar, sorted. */
  public Set<String> names() {
    return new java.util.TreeSet<>(byName.keySet());
  }

  private static Prism4j.Grammar copy(Prism4j.Grammar g, Map<Object, Object> copies) {
    Object done = copies.get(g);
    if (done != null) {
      return (Prism4j.Grammar) done;
    }
    List<Prism4j.Token> tokens = new ArrayList<>();
    Prism4j.Grammar copy = Rules.grammarOf(g.name(), java.util.Collections.unmodifiableList(tokens));
    copies.put(g, copy);
    for (Prism4j.Token t : g.tokens()) {
      tokens.add(copy(t, copies));
    }
    return copy;
  }

  private static Prism4j.Token copy(Prism4j.Token t, Map<Object, Object> copies) {
    Object done = copies.get(t);
    if (done != null) {
      return (Prism4j.Token) done;
    }
    List<Prism4j.Pattern> patterns = new ArrayList<>();
    for (Prism4j.Pattern p : t.patterns()) {
      Prism4j.Grammar inside = p.inside() == null ? null : copy(p.inside(), copies);
      if (p instanceof Rules.Pat own) {
        patterns.add(own.with(possessive(p.regex()), inside));
        continue;
      }
      Rules.Pat pat = new Rules.Pat(possessive(p.regex()), false, false, p.alias(), inside);
      pat = p.lookbehind() ? pat.withLookbehind() : pat;
      patterns.add(p.greedy() ? pat.asGreedy() : pat);
    }
    Prism4j.Token copy = Rules.token(t.name(), patterns);
    copies.put(t, copy);
    return copy;
  }

  /**
   * The same regex with string-body loops made possessive: Java's regex engine recurses once per
   * repetition of a group, so a string literal of a few thousand characters overflowed the
   * stack. A body that cannot consume the closing quote never needs to give characters back, so
   * the matches are the same. Bodies that accept a doubled quote ({@code ""}) are left alone.
   */
  static Pattern possessive(Pattern regex) {
    String source = regex.pattern();
    if (source.contains("\\1\\1") || source.contains("\\2\\2")) {
      return regex;
    }
    Matcher m = STRING_LOOP.matcher(source);
    String rewritten = m.replaceAll("$1$3+$4");
    return rewritten.equals(source) ? regex : Pattern.compile(rewritten, regex.flags());
  }
}
