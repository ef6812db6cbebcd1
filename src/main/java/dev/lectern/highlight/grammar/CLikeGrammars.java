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
 * Java and JavaScript as Prism.js 1.30 highlights them. Both extend Prism's {@code clike}; the
 * token order below is the one Prism's {@code extend} and {@code insertBefore} produce.
 */
final class CLikeGrammars {
  private static final String ID_START = "(?!\\s)[_$a-zA-Z\\u00A0-\\uFFFF]";
  private static final String ID_PART = "(?:(?!\\s)[$\\w\\u00A0-\\uFFFF])*";
  private static final String JAVA_KEYWORDS = "\\b(?:abstract|assert|boolean|break|byte|case"
      + "|catch|char|class|const|continue|default|do|double|else|enum|exports|extends|final|finally"
      + "|float|for|goto|if|implements|import|instanceof|int|interface|long|module|native|new"
      + "|non-sealed|null|open|opens|package|permits|private|protected|provides|public"
      + "|record(?!\\s*[(){}\\[\\]<>=%~.:,;?+\\-*/&|^])|requires|return|sealed|short|static"
      + "|strictfp|super|switch|synchronized|this|throw|throws|to|transient|transitive|try|uses"
      + "|var|void|volatile|while|with|yield)\\b";
  private static final String CLASS_PREFIX = "(?:[a-z]\\w*\\s*\\.\\s*)*(?:[A-Z]\\w*\\s*\\.\\s*)*";

  private CLikeGrammars() {}

  private static Prism4j.Token comment() {
    return token("comment",
        re("(^|[^\\\\])\\/\\*[\\s\\S]*?(?:\\*\\/|\\z)").withLookbehind().asGreedy(),
        re("(^|[^\\\\:])\\/\\/.*").withLookbehind().asGreedy());
  }

  private static Prism4j.Token punctuation() {
    return token("punctuation", re("[{}\\[\\];(),.:]"));
  }

  static Prism4j.Grammar java() {
    Prism4j.Grammar namespace = grammar("java-namespace", token("punctuation", re("\\.")));
    Prism4j.Token namespaceToken = token("namespace",
        re("^[a-z]\\w*(?:\\s*\\.\\s*[a-z]\\w*)*(?:\\s*\\.)?").inside(namespace));
    Prism4j.Grammar classInside = grammar("java-class-name", namespaceToken,
        token("punctuation", re("\\.")));
    Rules.Pat className = re("(^|[^\\w.])" + CLASS_PREFIX + "[A-Z](?:[\\d_A-Z]*[a-z]\\w*)?\\b")
        .withLookbehind().inside(classInside);
    Prism4j.Token keyword = token("keyword", re(JAVA_KEYWORDS));
    return grammar("java",
        comment(),
        token("triple-quoted-string", re("\"\"\"[ \\t]*[\\r\\n](?:(?:\"|\"\")?(?:\\\\.|[^\"\\\\]))*"
            + "\"\"\"").asGreedy().alias("string")),
        token("char", re("'(?:\\\\.|[^'\\\\\\r\\n]){1,6}'").asGreedy()),
        token("string", re("(^|[^\\\\])\"(?:\\\\.|[^\"\\\\\\r\\n])*+\"").withLookbehind().asGreedy()),
        token("annotation", re("(^|[^.])@\\w+(?:\\s*\\.\\s*\\w+)*").withLookbehind()
            .alias("punctuation")),
        token("generics", re("<(?:[\\w\\s,.?]|&(?!&)|<(?:[\\w\\s,.?]|&(?!&)|<(?:[\\w\\s,.?]|&(?!&)"
            + "|<(?:[\\w\\s,.?]|&(?!&))*>)*>)*>)*>").inside(grammar("java-generics",
                token("class-name", className), keyword,
                token("punctuation", re("[<>(),.:]")), token("operator", re("[?&|]"))))),
        token("import",
            re("(\\bimport\\s+)" + CLASS_PREFIX + "(?:[A-Z]\\w*|\\*)(?=\\s*;)").withLookbehind()
                .inside(grammar("java-import", namespaceToken, token("punctuation", re("\\.")),
                    token("operator", re("\\*")), token("class-name", re("\\w+")))),
            re("(\\bimport\\s+static\\s+)" + CLASS_PREFIX + "(?:\\w+|\\*)(?=\\s*;)").withLookbehind()
                .alias("static").inside(grammar("java-import-static", namespaceToken,
                    token("static", re("\\b\\w+\\z")), token("punctuation", re("\\.")),
                    token("operator", re("\\*")), token("class-name", re("\\w+"))))),
        token("namespace", re("(\\b(?:exports|import(?:\\s+static)?|module|open|opens|package"
            + "|provides|requires|to|transitive|uses|with)\\s+)(?!" + JAVA_KEYWORDS + ")[a-z]\\w*"
            + "(?:\\.[a-z]\\w*)*\\.?").withLookbehind().inside(namespace)),
        token("class-name", className,
            re("(^|[^\\w.])" + CLASS_PREFIX + "[A-Z]\\w*(?=\\s+\\w+\\s*[;,=()]|\\s*(?:\\[[\\s,]*\\]"
                + "\\s*)?::\\s*new\\b)").withLookbehind().inside(classInside),
            re("(\\b(?:class|enum|extends|implements|instanceof|interface|new|record|throws)\\s+)"
                + CLASS_PREFIX + "[A-Z]\\w*\\b").withLookbehind().inside(classInside)),
        keyword,
        token("boolean", re("\\b(?:false|true)\\b")),
        token("function", re("\\b\\w+(?=\\()"), re("(::\\s*)[a-z_]\\w*").withLookbehind()),
        token("number", re("\\b0b[01][01_]*L?\\b|\\b0x(?:\\.[\\da-f_p+-]+|[\\da-f_]+"
            + "(?:\\.[\\da-f_p+-]+)?)\\b|(?:\\b\\d[\\d_]*(?:\\.[\\d_]*)?|\\B\\.\\d[\\d_]*)"
            + "(?:e[+-]?\\d[\\d_]*)?[dfl]?", CASE_INSENSITIVE)),
        token("operator", re("(^|[^.])(?:<<=?|>>>?=?|->|--|\\+\\+|&&|\\|\\||::|[?:~]"
            + "|[-+*/%&|^!=<>]=?)", MULTILINE).withLookbehind()),
        punctuation(),
        token("constant", re("\\b[A-Z][A-Z_\\d]+\\b")));
  }

  static Prism4j.Grammar javascript() {
    List<Prism4j.Token> js = new ArrayList<>();
    Prism4j.Grammar self = grammarOf("javascript", js);
    List<Prism4j.Token> interpolation = new ArrayList<>();
    interpolation.add(token("interpolation-punctuation", re("^\\$\\{|\\}\\z").alias("punctuation")));
    js.add(comment());
    js.add(token("hashbang", re("^#!.*").asGreedy().alias("comment")));
    js.add(token("template-string", re("`(?:\\\\[\\s\\S]|\\$\\{(?:[^{}]|\\{(?:[^{}]|\\{[^}]*\\})*\\})+"
        + "\\}|(?!\\$\\{)[^\\\\`])*+`").asGreedy().inside(grammar("js-template",
            token("template-punctuation", re("^`|`\\z").alias("string")),
            token("interpolation", re("((?:^|[^\\\\])(?:\\\\{2})*)\\$\\{(?:[^{}]|\\{(?:[^{}]"
                + "|\\{[^}]*\\})*\\})+\\}").withLookbehind()
                .inside(grammarOf("js-interpolation", interpolation))),
            token("string", re("[\\s\\S]+"))))));
    js.add(token("string-property", re("((?:^|[,{])[ \\t]*)([\"'])(?:\\\\(?:\\r\\n|[\\s\\S])"
        + "|(?!\\2)[^\\\\\\r\\n])*+\\2(?=\\s*:)", MULTILINE).withLookbehind().asGreedy()
        .alias("property")));
    js.add(token("string", re("([\"'])(?:\\\\(?:\\r\\n|[\\s\\S])|(?!\\1)[^\\\\\\r\\n])*+\\1")
        .asGreedy()));
    js.add(token("class-name",
        re("(\\b(?:class|extends|implements|instanceof|interface|new)\\s+)[\\w.\\\\]+")
            .withLookbehind().inside(grammar("js-class-name", token("punctuation", re("[.\\\\]")))),
        re("(^|[^$\\w\\u00A0-\\uFFFF])" + ID_START.replace("a-zA-Z", "A-Z") + ID_PART
            + "(?=\\.(?:constructor|prototype))").withLookbehind()));
    js.addAll(javascriptMiddle(self));
    js.add(token("boolean", re("\\b(?:false|true)\\b")));
    js.add(token("function", re("#?" + ID_START + ID_PART
        + "(?=\\s*(?:\\.\\s*(?:apply|bind|call)\\s*)?\\()")));
    js.add(token("number", re("(^|[^\\w$])(?:NaN|Infinity|0[bB][01]+(?:_[01]+)*n?"
        + "|0[oO][0-7]+(?:_[0-7]+)*n?|0[xX][\\dA-Fa-f]+(?:_[\\dA-Fa-f]+)*n?|\\d+(?:_\\d+)*n"
        + "|(?:\\d+(?:_\\d+)*(?:\\.(?:\\d+(?:_\\d+)*)?)?|\\.\\d+(?:_\\d+)*)(?:[Ee][+-]?\\d+"
        + "(?:_\\d+)*)?)(?![\\w$])").withLookbehind()));
    js.add(token("literal-property", re("((?:^|[,{])[ \\t]*)" + ID_START + ID_PART + "(?=\\s*:)",
        MULTILINE).withLookbehind().alias("property")));
    js.add(token("operator", re("--|\\+\\+|\\*\\*=?|=>|&&=?|\\|\\|=?|[!=]==|<<=?|>>>?=?"
        + "|[-+*/%&|^!=<>]=?|\\.{3}|\\?\\?=?|\\?\\.?|[~:]")));
    js.add(punctuation());
    interpolation.addAll(js);
    return self;
  }

  /** Regex literals, function variables, parameters, constants and keywords, in Prism's order. */
  private static List<Prism4j.Token> javascriptMiddle(Prism4j.Grammar self) {
    String paramList = "(?!\\s)(?:[^()\\s]|\\s+(?![\\s)])|\\([^()]*\\))+";
    String kw = "as|async|await|break|case|catch|class|const|continue|debugger|default|delete|do"
        + "|else|enum|export|extends|finally|for|from|function|get|if|implements|import|in"
        + "|instanceof|interface|let|new|null|of|package|private|protected|public|return|set"
        + "|static|super|switch|this|throw|try|typeof|undefined|var|void|while|with|yield";
    return List.of(
        token("regex", re("((?:^|[^$\\w\\u00A0-\\uFFFF.\"'\\])\\s]|\\b(?:return|yield))\\s*)\\/"
            + "(?:(?:\\[(?:[^\\]\\\\\\r\\n]|\\\\.)*\\]|\\\\.|[^/\\\\\\[\\r\\n])+\\/[dgimyus]{0,7}"
            + "|(?:\\[(?:[^\\[\\]\\\\\\r\\n]|\\\\.|\\[(?:[^\\[\\]\\\\\\r\\n]|\\\\.|\\[(?:[^\\[\\]"
            + "\\\\\\r\\n]|\\\\.)*\\])*\\])*\\]|\\\\.|[^/\\\\\\[\\r\\n])+\\/[dgimyus]{0,7}v"
            + "[dgimyus]{0,7})(?=(?:\\s|\\/\\*(?:[^*]|\\*(?!\\/))*\\*\\/)*(?:\\z|[\\r\\n,.;:})\\]]"
            + "|\\/\\/))").withLookbehind().asGreedy().inside(grammar("js-regex",
                token("regex-source", re("^(\\/)[\\s\\S]+(?=\\/[a-z]*\\z)").withLookbehind()
                    .alias("language-regex")),
                token("regex-delimiter", re("^\\/|\\/\\z")),
                token("regex-flags", re("^[a-z]+\\z"))))),
        token("function-variable", re("#?" + ID_START + ID_PART + "(?=\\s*[=:]\\s*(?:async\\s*)?"
            + "(?:\\bfunction\\b|(?:\\((?:[^()]|\\([^()]*\\))*\\)|" + ID_START + ID_PART
            + ")\\s*=>))").alias("function")),
        token("parameter",
            re("(function(?:\\s+" + ID_START + ID_PART + ")?\\s*\\(\\s*)" + paramList
                + "(?=\\s*\\))").withLookbehind().inside(self),
            re("(^|[^$\\w\\u00A0-\\uFFFF])" + ID_START.replace("a-zA-Z", "a-z") + ID_PART
                + "(?=\\s*=>)", CASE_INSENSITIVE).withLookbehind().inside(self),
            re("(\\(\\s*)" + paramList + "(?=\\s*\\)\\s*=>)").withLookbehind().inside(self),
            re("((?:\\b|\\s|^)(?!(?:" + kw + ")(?![$\\w\\u00A0-\\uFFFF]))(?:" + ID_START + ID_PART
                + "\\s*)\\(\\s*|\\]\\s*\\(\\s*)" + paramList + "(?=\\s*\\)\\s*\\{)")
                .withLookbehind().inside(self)),
        token("constant", re("\\b[A-Z](?:[A-Z_]|\\dx?)*\\b")),
        token("keyword",
            re("((?:^|\\})\\s*)catch\\b").withLookbehind(),
            re("(^|[^.]|\\.\\.\\.\\s*)\\b(?:as|assert(?=\\s*\\{)|async(?=\\s*(?:function\\b|\\(|"
                + "[$\\w\\u00A0-\\uFFFF]|\\z))|await|break|case|class|const|continue|debugger"
                + "|default|delete|do|else|enum|export|extends|finally(?=\\s*(?:\\{|\\z))|for"
                + "|from(?=\\s*(?:['\"]|\\z))|function|(?:get|set)(?=\\s*(?:[#\\[$\\w\\u00A0-\\uFFFF]"
                + "|\\z))|if|implements|import|in|instanceof|interface|let|new|null|of|package"
                + "|private|protected|public|return|static|super|switch|this|throw|try|typeof"
                + "|undefined|var|void|while|with|yield)\\b").withLookbehind()));
  }
}
