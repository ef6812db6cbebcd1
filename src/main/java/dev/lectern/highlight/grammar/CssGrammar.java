package dev.lectern.highlight.grammar;

import static dev.lectern.highlight.grammar.Rules.grammar;
import static dev.lectern.highlight.grammar.Rules.grammarOf;
import static dev.lectern.highlight.grammar.Rules.re;
import static dev.lectern.highlight.grammar.Rules.token;
import static java.util.regex.Pattern.CASE_INSENSITIVE;

import io.noties.prism4j.Prism4j;
import java.util.ArrayList;
import java.util.List;

/** CSS as Prism.js 1.30 highlights it. */
final class CssGrammar {
  static final String STRING = "(?:\"(?:\\\\(?:\\r\\n|[\\s\\S])|[^\"\\\\\\r\\n])*+\""
      + "|'(?:\\\\(?:\\r\\n|[\\s\\S])|[^'\\\\\\r\\n])*+')";

  private CssGrammar() {}

  static Prism4j.Grammar create() {
    List<Prism4j.Token> atruleInside = new ArrayList<>();
    List<Prism4j.Token> css = List.of(
        token("comment", re("\\/\\*[\\s\\S]*?\\*\\/")),
        token("atrule", re("@[\\w-](?:[^;{\\s\"']|\\s+(?!\\s)|" + STRING + ")*?"
            + "(?:;|(?=\\s*\\{))").inside(grammarOf("css-atrule", atruleInside))),
        token("url", re("\\burl\\((?:" + STRING + "|(?:[^\\\\\\r\\n()\"']|\\\\[\\s\\S])*+)\\)",
            CASE_INSENSITIVE).asGreedy().inside(grammar("css-url",
                token("function", re("^url", CASE_INSENSITIVE)),
                token("punctuation", re("^\\(|\\)\\z")),
                token("string", re("^" + STRING + "\\z").alias("url"))))),
        token("selector", re("(^|[{}\\s])[^{}\\s](?:[^{};\"'\\s]|\\s+(?![\\s{])|" + STRING
            + ")*(?=\\s*\\{)").withLookbehind()),
        token("string", re(STRING).asGreedy()),
        token("property", re("(^|[^-\\w\\u00A0-\\uFFFF])(?!\\s)[-_a-z\\u00A0-\\uFFFF]"
            + "(?:(?!\\s)[-\\w\\u00A0-\\uFFFF])*(?=\\s*:)", CASE_INSENSITIVE).withLookbehind()),
        token("important", re("!important\\b", CASE_INSENSITIVE)),
        token("function", re("(^|[^-a-z0-9])[-a-z0-9]+(?=\\()", CASE_INSENSITIVE)
            .withLookbehind()),
        token("punctuation", re("[(){};:,]")));
    atruleInside.add(token("rule", re("^@[\\w-]+")));
    atruleInside.add(token("selector-function-argument", re("(\\bselector\\s*\\(\\s*(?![\\s)]))"
        + "(?:[^()\\s]|\\s+(?![\\s)])|\\((?:[^()]|\\([^()]*\\))*\\))+(?=\\s*\\))")
        .withLookbehind().alias("selector")));
    atruleInside.add(token("keyword",
        re("(^|[^\\w-])(?:and|not|only|or)(?![\\w-])").withLookbehind()));
    atruleInside.addAll(css);
    return grammarOf("css", css);
  }
}
