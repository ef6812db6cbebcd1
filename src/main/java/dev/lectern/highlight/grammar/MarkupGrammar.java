package dev.lectern.highlight.grammar;

import static dev.lectern.highlight.grammar.Rules.grammar;
import static dev.lectern.highlight.grammar.Rules.grammarOf;
import static dev.lectern.highlight.grammar.Rules.re;
import static dev.lectern.highlight.grammar.Rules.token;
import static java.util.regex.Pattern.CASE_INSENSITIVE;

import io.noties.prism4j.Prism4j;
import java.util.ArrayList;
import java.util.List;

/**
 * HTML, XML and SVG as Prism.js 1.30 highlights them, with CSS inside {@code <style>} and
 * {@code style="…"}, and JavaScript inside {@code <script>} and event-handler attributes.
 */
final class MarkupGrammar {
  private static final String EVENTS = "on(?:abort|blur|change|click|composition(?:end|start"
      + "|update)|dblclick|error|focus(?:in|out)?|key(?:down|up)|load|mouse(?:down|enter|leave"
      + "|move|out|over|up)|reset|resize|scroll|select|slotchange|submit|unload|wheel)";

  private MarkupGrammar() {}

  static Prism4j.Grammar create(Prism4j.Grammar css, Prism4j.Grammar javascript) {
    List<Prism4j.Token> markup = new ArrayList<>();
    Prism4j.Grammar self = grammarOf("markup", markup);
    Prism4j.Token entity = token("entity",
        re("&[\\da-z]{1,8};", CASE_INSENSITIVE).alias("named-entity"),
        re("&#x?[\\da-f]{1,8};", CASE_INSENSITIVE));
    markup.add(token("comment", re("<!--(?:(?!<!--)[\\s\\S])*?-->").asGreedy()));
    markup.add(token("prolog", re("<\\?[\\s\\S]+?\\?>").asGreedy()));
    markup.add(token("doctype", re("<!DOCTYPE(?:[^>\"'\\[\\]]|\"[^\"]*\"|'[^']*')+(?:\\[(?:[^<\"'\\]]"
        + "|\"[^\"]*\"|'[^']*'|<(?!!--)|<!--(?:[^-]|-(?!->))*-->)*\\]\\s*)?>", CASE_INSENSITIVE)
        .asGreedy().inside(grammar("markup-doctype",
            token("internal-subset", re("(^[^\\[]*\\[)[\\s\\S]+(?=\\]>\\z)").withLookbehind()
                .asGreedy().inside(self)),
            token("string", re("\"[^\"]*\"|'[^']*'").asGreedy()),
            token("punctuation", re("^<!|>\\z|[\\[\\]]")),
            token("doctype-tag", re("^DOCTYPE", CASE_INSENSITIVE)),
            token("name", re("[^\\s<>'\"]+"))))));
    markup.add(inlined("script", "javascript", javascript));
    markup.add(inlined("style", "css", css));
    markup.add(token("cdata", re("<!\\[CDATA\\[[\\s\\S]*?\\]\\]>", CASE_INSENSITIVE).asGreedy()));
    markup.add(token("tag", re("<\\/?(?!\\d)[^\\s>\\/=$<%]+(?:\\s(?:\\s*[^\\s>\\/=]+(?:\\s*=\\s*"
        + "(?:\"[^\"]*\"|'[^']*'|[^\\s'\">=]+(?=[\\s>]))|(?=[\\s/>])))+)?\\s*\\/?>").asGreedy()
        .inside(tagInside(entity, css, javascript))));
    markup.add(entity);
    return self;
  }

  private static Prism4j.Grammar tagInside(Prism4j.Token entity, Prism4j.Grammar css,
      Prism4j.Grammar javascript) {
    Prism4j.Grammar namespaceOnly = grammar("markup-namespace",
        token("namespace", re("^[^\\s>\\/:]+:")));
    return grammar("markup-tag",
        token("tag", re("^<\\/?[^\\s>\\/]+").inside(grammar("markup-tag-name",
            token("punctuation", re("^<\\/?")),
            token("namespace", re("^[^\\s>\\/:]+:"))))),
        token("special-attr", attribute(EVENTS, "javascript", javascript),
            attribute("style", "css", css)),
        token("attr-value", re("=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s'\">=]+)")
            .inside(grammar("markup-attr-value",
                token("punctuation", re("^=").alias("attr-equals"),
                    re("^(\\s*)[\"']|[\"']\\z").withLookbehind()),
                entity))),
        token("punctuation", re("\\/?>")),
        token("attr-name", re("[^\\s>\\/]+").inside(namespaceOnly)));
  }

  /** Prism's {@code addInlined}: a tag whose content is another language. */
  private static Prism4j.Token inlined(String tag, String language, Prism4j.Grammar grammar) {
    Prism4j.Grammar cdata = grammar("markup-cdata-" + language,
        token("language-" + language,
            re("(^<!\\[CDATA\\[)[\\s\\S]+?(?=\\]\\]>\\z)", CASE_INSENSITIVE).withLookbehind()
                .inside(grammar)),
        token("cdata", re("^<!\\[CDATA\\[|\\]\\]>\\z", CASE_INSENSITIVE)));
    return token(tag, re("(<" + tag + "[^>]*>)(?:<!\\[CDATA\\[(?:[^\\]]|\\](?!\\]>))*\\]\\]>"
        + "|(?!<!\\[CDATA\\[)[\\s\\S])*?(?=<\\/" + tag + ">)", CASE_INSENSITIVE).withLookbehind()
        .asGreedy().inside(grammar("markup-" + tag,
            token("included-cdata", re("<!\\[CDATA\\[[\\s\\S]*?\\]\\]>", CASE_INSENSITIVE)
                .inside(cdata)),
            token("language-" + language, re("[\\s\\S]+").inside(grammar)))));
  }

  /** Prism's {@code addAttribute}: an attribute whose value is another language. */
  private static Rules.Pat attribute(String names, String language, Prism4j.Grammar grammar) {
    return re("(^|[\"'\\s])(?:" + names + ")\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s'\">=]+"
        + "(?=[\\s>]))", CASE_INSENSITIVE).withLookbehind().inside(grammar("markup-attr-" + language,
            token("attr-name", re("^[^\\s=]+")),
            token("attr-value", re("=[\\s\\S]+").inside(grammar("markup-attr-value-" + language,
                token("value", re("(^=\\s*([\"']|(?![\"'])))\\S[\\s\\S]*(?=\\2\\z)").withLookbehind()
                    .alias(language + " language-" + language).inside(grammar)),
                token("punctuation", re("^=").alias("attr-equals"), re("\"|'")))))));
  }
}
