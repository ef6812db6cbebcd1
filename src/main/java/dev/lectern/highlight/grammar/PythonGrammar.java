package dev.lectern.highlight.grammar;

import static dev.lectern.highlight.grammar.Rules.grammar;
import static dev.lectern.highlight.grammar.Rules.grammarOf;
import static dev.lectern.highlight.grammar.Rules.re;
import static dev.lectern.highlight.grammar.Rules.token;
import static java.util.regex.Pattern.CASE_INSENSITIVE;
import static java.util.regex.Pattern.MULTILINE;

import io.noties.prism4j.Prism4j;
import java.util.ArrayList;
import java.util.List;

/**
 * Python as Prism.js 1.30 highlights it: decorators, f-string interpolation (recursively Python),
 * {@code match}/{@code case}, {@code :=}, numbers with underscores. String loops are possessive so
 * that long literals cannot overflow the stack.
 */
final class PythonGrammar {
  private PythonGrammar() {}

  static Prism4j.Grammar create() {
    List<Prism4j.Token> interpolationTokens = new ArrayList<>();
    Prism4j.Grammar interpolation = grammarOf("python-interpolation", interpolationTokens);
    Prism4j.Grammar fstring = grammar("python-fstring",
        token("interpolation", re("((?:^|[^{])(?:\\{\\{)*)\\{(?!\\{)(?:[^{}]|\\{(?!\\{)(?:[^{}]|"
            + "\\{(?!\\{)(?:[^{}])+\\})+\\})+\\}").startingNear("\\{", 1).withLookbehind()
            .inside(interpolation)),
        token("string", re("[\\s\\S]+")));
    List<Prism4j.Token> python = List.of(
        token("comment", re("(^|[^\\\\])#.*").startingNear("#", 1).withLookbehind()
            .asGreedy()),
        token("string-interpolation", re("(?:f|fr|rf)(?:(\"\"\"|''')[\\s\\S]*?\\1|(\"|')"
            + "(?:\\\\.|(?!\\2)[^\\\\\\r\\n])*+\\2)", CASE_INSENSITIVE).startingNear("[\"']", 2).asGreedy()
            .inside(fstring)),
        token("triple-quoted-string", re("(?:[rub]|br|rb)?(\"\"\"|''')[\\s\\S]*?\\1",
            CASE_INSENSITIVE).startingNear("[\"']", 2).asGreedy().alias("string")),
        token("string", re("(?:[rub]|br|rb)?(\"|')(?:\\\\.|(?!\\1)[^\\\\\\r\\n])*+\\1",
            CASE_INSENSITIVE).startingNear("[\"']", 2).asGreedy()),
        token("function", re("((?:^|\\s)def[ \\t]+)[a-zA-Z_]\\w*(?=\\s*\\()").startingNear("d", 1)
            .withLookbehind()),
        token("class-name", re("(\\bclass\\s+)\\w+", CASE_INSENSITIVE).startingWith("c")
            .withLookbehind()),
        token("decorator", re("(^[\\t ]*)@\\w+(?:\\.\\w+)*", MULTILINE).startingWith("[\\t @]")
            .withLookbehind()
            .alias("annotation punctuation")
            .inside(grammar("python-decorator", token("punctuation", re("\\."))))),
        // Prism's one alternation "_(?=\s*:)|and|as|…" as two patterns: their matches cannot
        // overlap, so the tokens are the same, and the word list alone is found by lookup.
        token("keyword", re("\\b(?:and|as|assert|async|await|break|case|class|continue"
            + "|def|del|elif|else|except|exec|finally|for|from|global|if|import|in|is|lambda|match"
            + "|nonlocal|not|or|pass|print|raise|return|try|while|with|yield)\\b"),
            re("\\b_(?=\\s*:)\\b").startingWith("_")),
        token("builtin", re("\\b(?:__import__|abs|all|any|apply|ascii|basestring|bin|bool|buffer"
            + "|bytearray|bytes|callable|chr|classmethod|cmp|coerce|compile|complex|delattr|dict|dir"
            + "|divmod|enumerate|eval|execfile|file|filter|float|format|frozenset|getattr|globals"
            + "|hasattr|hash|help|hex|id|input|int|intern|isinstance|issubclass|iter|len|list|locals"
            + "|long|map|max|memoryview|min|next|object|oct|open|ord|pow|property|range|raw_input"
            + "|reduce|reload|repr|reversed|round|set|setattr|slice|sorted|staticmethod|str|sum"
            + "|super|tuple|type|unichr|unicode|vars|xrange|zip)\\b")),
        token("boolean", re("\\b(?:False|None|True)\\b")),
        token("number", re("\\b0(?:b(?:_?[01])+|o(?:_?[0-7])+|x(?:_?[a-f0-9])+)\\b|(?:\\b\\d+"
            + "(?:_\\d+)*(?:\\.(?:\\d+(?:_\\d+)*)?)?|\\B\\.\\d+(?:_\\d+)*)(?:e[+-]?\\d+(?:_\\d+)*)?j?"
            + "(?!\\w)", CASE_INSENSITIVE).startingWith("[\\d.]")),
        token("operator", re("[-+%=]=?|!=|:=|\\*\\*?=?|\\/\\/?=?|<[<=>]?|>[=>]?|[&|^~]")
            .startingWith("[-+%=!:*/<>&|^~]")),
        token("punctuation", re("[{}\\[\\];(),.:]")));
    interpolationTokens.add(token("format-spec", re("(:)[^:(){}]+(?=\\}\\z)").withLookbehind()));
    interpolationTokens.add(token("conversion-option", re("![sra](?=[:}]\\z)").alias("punctuation")));
    interpolationTokens.addAll(python);
    return Rules.grammarOf("python", List.copyOf(python));
  }
}
