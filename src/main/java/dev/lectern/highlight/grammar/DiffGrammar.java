package dev.lectern.highlight.grammar;

import static dev.lectern.highlight.grammar.Rules.grammar;
import static dev.lectern.highlight.grammar.Rules.re;
import static dev.lectern.highlight.grammar.Rules.token;
import static java.util.regex.Pattern.MULTILINE;

import io.noties.prism4j.Prism4j;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Unified and normal diffs as Prism.js 1.30 highlights them. */
public final class DiffGrammar {
  /** Line kinds and their prefix characters, in Prism's order. */
  public static final Map<String, Character> PREFIXES = orderedPrefixes();

  private DiffGrammar() {}

  static Prism4j.Grammar create() {
    List<Prism4j.Token> tokens = new ArrayList<>();
    tokens.add(token("coord",
        re("^(?:\\*{3}|-{3}|\\+{3}).*$", MULTILINE),
        re("^@@.*@@$", MULTILINE),
        re("^\\d.*$", MULTILINE)));
    PREFIXES.forEach((name, prefix) -> {
      String word = kind(name);
      String alias = (name.equals(word) ? "" : word) + (name.equals("diff") ? "bold" : "");
      tokens.add(token(name, re("^(?:[" + (prefix == '-' ? "\\-" : String.valueOf(prefix))
          + "].*(?:\\r\\n?|\\n|(?![\\s\\S])))++", MULTILINE).alias(alias.isEmpty() ? null : alias)
          .inside(grammar("diff-" + name,
              token("line", re("(.)(?=[\\s\\S]).*(?:\\r\\n?|\\n)?").withLookbehind()),
              token("prefix", re("[\\s\\S]").alias(word))))));
    });
    return Rules.grammarOf("diff", List.copyOf(tokens));
  }

  /** {@code deleted-sign} → {@code deleted}: the class a line kind adds. */
  public static String kind(String name) {
    int dash = name.indexOf('-');
    return dash < 0 ? name : name.substring(0, dash);
  }

  private static Map<String, Character> orderedPrefixes() {
    java.util.LinkedHashMap<String, Character> m = new java.util.LinkedHashMap<>();
    m.put("deleted-sign", '-');
    m.put("deleted-arrow", '<');
    m.put("inserted-sign", '+');
    m.put("inserted-arrow", '>');
    m.put("unchanged", ' ');
    m.put("diff", '!');
    return java.util.Collections.unmodifiableMap(m);
  }
}
