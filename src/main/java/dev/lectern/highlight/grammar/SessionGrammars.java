package dev.lectern.highlight.grammar;

import static dev.lectern.highlight.grammar.Rules.grammar;
import static dev.lectern.highlight.grammar.Rules.re;
import static dev.lectern.highlight.grammar.Rules.token;
import static java.util.regex.Pattern.MULTILINE;

import io.noties.prism4j.Prism4j;

/**
 * Interactive sessions: {@code console} (Prism's shell-session: {@code $ command} lines
 * highlighted as bash, output plain) and {@code pycon} (Python's {@code >>>} and {@code ...}
 * prompts, the code after them highlighted as Python, output plain). Prism.js has no pycon; it
 * follows the shell-session design, with a {@code prompt} token.
 */
final class SessionGrammars {
  private static final String STRINGS = "\"(?:\\\\[\\s\\S]|\\$\\([^)]+\\)|\\$(?!\\()|`[^`]+`"
      + "|[^\"\\\\`$])*+\"|'[^']*'|\\$'(?:[^'\\\\]|\\\\[\\s\\S])*+'"
      + "|<<-?\\s*([\"']?)(\\w+)\\1\\s[\\s\\S]*?[\\r\\n]\\2";

  private SessionGrammars() {}

  static Prism4j.Grammar console(Prism4j.Grammar bash) {
    String info = "(?:[^\\s@:$#%*!/\\\\]+@[^\\r\\n@:$#%*!/\\\\]+(?::[^\\x00-\\x1F$#%*?\"<>:;|]+)?"
        + "|[/~.][^\\x00-\\x1F$#%*?\"<>@:;|]*)?";
    String command = "(?:[^\\\\\\r\\n \\t'\"<$]|[ \\t](?:(?!#)|#.*$)|\\\\(?:[^\\r]|\\r\\n?)"
        + "|\\$(?!')|<(?!<)|" + STRINGS + ")+";
    return grammar("console",
        token("command", re("^" + info + "[$#%](?=\\s)" + command, MULTILINE).asGreedy()
            .inside(grammar("console-command",
                token("info", re("^[^#$%]+").alias("punctuation").inside(grammar("console-info",
                    token("user", re("^[^\\s@:$#%*!/\\\\]+@[^\\r\\n@:$#%*!/\\\\]+")),
                    token("punctuation", re(":")),
                    token("path", re("[\\s\\S]+"))))),
                token("bash", re("(^[$#%]\\s*)\\S[\\s\\S]*").withLookbehind()
                    .alias("language-bash").inside(bash)),
                token("shell-symbol", re("^[$#%]").alias("important"))))),
        token("output", re(".(?:.*(?:[\\r\\n]|.\\z))*+")));
  }

  static Prism4j.Grammar pycon(Prism4j.Grammar python) {
    return grammar("pycon",
        token("command", re("^(?:>>>|\\.\\.\\.)(?=[ \\t]|$).*", MULTILINE).asGreedy()
            .inside(grammar("pycon-command",
                // The code first: its lookbehind needs the prompt still in the same text.
                token("python", re("(^(?:>>>|\\.\\.\\.)[ \\t]?)[\\s\\S]+").withLookbehind()
                    .alias("language-python").inside(python)),
                token("prompt", re("^(?:>>>|\\.\\.\\.)"))))),
        token("output", re(".(?:.*(?:[\\r\\n]|.\\z))*+")));
  }
}
