package dev.lectern.highlight.grammar;

import static dev.lectern.highlight.grammar.Rules.grammar;
import static dev.lectern.highlight.grammar.Rules.re;
import static dev.lectern.highlight.grammar.Rules.token;
import static java.util.regex.Pattern.CASE_INSENSITIVE;
import static java.util.regex.Pattern.MULTILINE;

import io.noties.prism4j.Prism4j;

/** TOML as Prism.js 1.30 highlights it (pyproject.toml and friends). */
final class TomlGrammar {
  private static final String KEY = "(?:[\\w-]+|'[^'\\n\\r]*'|\"(?:\\\\.|[^\\\\\"\\r\\n])*+\")";

  private TomlGrammar() {}

  static Prism4j.Grammar create() {
    return grammar("toml",
        token("comment", re("#.*").asGreedy()),
        token("table", re("(^[\\t ]*\\[\\s*(?:\\[\\s*)?)" + KEY + "(?:\\s*\\.\\s*" + KEY
            + ")*(?=\\s*\\])", MULTILINE).withLookbehind().asGreedy().alias("class-name")),
        token("key", re("(^[\\t ]*|[{,]\\s*)" + KEY + "(?:\\s*\\.\\s*" + KEY + ")*(?=\\s*=)",
            MULTILINE).withLookbehind().asGreedy().alias("property")),
        token("string", re("\"\"\"(?:\\\\[\\s\\S]|[^\\\\])*?\"\"\"|'''[\\s\\S]*?'''|'[^'\\n\\r]*'"
            + "|\"(?:\\\\.|[^\\\\\"\\r\\n])*+\"").asGreedy()),
        token("date",
            re("\\b\\d{4}-\\d{2}-\\d{2}(?:[T\\s]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:Z|[+-]\\d{2}:"
                + "\\d{2})?)?\\b", CASE_INSENSITIVE).alias("number"),
            re("\\b\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?\\b").alias("number")),
        token("number", re("(?:\\b0(?:x[\\da-zA-Z]+(?:_[\\da-zA-Z]+)*|o[0-7]+(?:_[0-7]+)*"
            + "|b[10]+(?:_[10]+)*))\\b|[-+]?\\b\\d+(?:_\\d+)*(?:\\.\\d+(?:_\\d+)*)?(?:[eE][+-]?\\d+"
            + "(?:_\\d+)*)?\\b|[-+]?\\b(?:inf|nan)\\b")),
        token("boolean", re("\\b(?:false|true)\\b")),
        token("punctuation", re("[.,=\\[\\]{}]")));
  }
}
