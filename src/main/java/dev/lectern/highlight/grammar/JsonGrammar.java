package dev.lectern.highlight.grammar;

import static dev.lectern.highlight.grammar.Rules.grammar;
import static dev.lectern.highlight.grammar.Rules.re;
import static dev.lectern.highlight.grammar.Rules.token;
import static java.util.regex.Pattern.CASE_INSENSITIVE;

import io.noties.prism4j.Prism4j;

/** JSON as Prism.js 1.30 highlights it (comments allowed, {@code null} aliased as a keyword). */
final class JsonGrammar {
  private JsonGrammar() {}

  static Prism4j.Grammar create() {
    return grammar("json",
        token("property", re("(^|[^\\\\])\"(?:\\\\.|[^\\\\\"\\r\\n])*+\"(?=\\s*:)")
            .startingNear("\"", 1).withLookbehind().asGreedy()),
        token("string", re("(^|[^\\\\])\"(?:\\\\.|[^\\\\\"\\r\\n])*+\"(?!\\s*:)")
            .startingNear("\"", 1).withLookbehind().asGreedy()),
        token("comment", re("\\/\\/.*|\\/\\*[\\s\\S]*?(?:\\*\\/|\\z)").startingWith("/")
            .asGreedy()),
        token("number", re("-?\\b\\d+(?:\\.\\d+)?(?:e[+-]?\\d+)?\\b", CASE_INSENSITIVE)
            .startingWith("[-\\d]")),
        token("punctuation", re("[{}\\[\\],]")),
        token("operator", re(":").startingWith(":")),
        token("boolean", re("\\b(?:false|true)\\b")),
        token("null", re("\\bnull\\b").startingWith("n").alias("keyword")));
  }
}
