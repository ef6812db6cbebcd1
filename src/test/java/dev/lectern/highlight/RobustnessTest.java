package dev.lectern.highlight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.highlight.grammar.Grammars;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs that break naive highlighters. Every one must come back without an exception, with the
 * code's text intact; a block over its time budget falls back to plain text with a reason.
 */
class RobustnessTest {
  private static final PrismHighlighter HIGHLIGHTER = PrismHighlighter.shared();

  static Stream<Arguments> pathological() {
    String fiveThousandLines = IntStream.range(0, 5000)
        .mapToObj(i -> "def f" + i + "(x):  # line " + i + "\n    return f'{x!r:>10}' * " + i + "\n")
        .reduce("", String::concat);
    return Stream.of(
        Arguments.of("python", "5,000-line file", fiveThousandLines),
        Arguments.of("python", "100,000-character line", "x = [" + "1, ".repeat(33_333) + "]\n"),
        Arguments.of("python", "100,000-character string", "s = '" + "a".repeat(100_000) + "'\n"),
        Arguments.of("python", "unterminated triple quote",
            "s = '''never closed\n" + "print(1)\n".repeat(1000)),
        Arguments.of("python", "deeply nested brackets", "x = " + "([{".repeat(5000) + "\n"),
        Arguments.of("python", "unbalanced f-string braces", "f\"" + "{".repeat(5000) + "\"\n"),
        Arguments.of("json", "long JSON string", "{\"k\": \"" + "\\\"x".repeat(30_000) + "\"}\n"),
        Arguments.of("javascript", "long JS string", "const s = \"" + "y".repeat(50_000) + "\";\n"),
        Arguments.of("java", "long Java string", "String s = \"" + "z".repeat(50_000) + "\";\n"),
        Arguments.of("markup", "long HTML comment", "<!--" + "c".repeat(20_000) + "-->\n"),
        Arguments.of("bash", "long bash string", "echo \"" + "$x ".repeat(20_000) + "\"\n"),
        Arguments.of("diff", "20,000 inserted lines", "+added line\n".repeat(20_000)),
        Arguments.of("diff-python", "diff of python", "+x = 1\n".repeat(5_000)),
        Arguments.of("css", "long selector", "a" + " b".repeat(20_000) + " { color: red; }\n"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("pathological")
  void finishesWithTheTextIntact(String language, String what, String code) {
    Highlighter.Result result = HIGHLIGHTER.highlight(language, code);
    assertEquals(code, textOf(result.html()), what);
  }

  @Test
  void aBlockOverItsBudgetIsPlainTextWithAReason() {
    PrismHighlighter hurried = new PrismHighlighter(Grammars.load(), Duration.ZERO);
    String code = "def f(x):\n    return x\n".repeat(2000);
    Highlighter.Result result = hurried.highlight("python", code);
    assertEquals(Optional.of("highlighting took longer than 0 ms"), result.problem());
    assertEquals(TokenHtml.escape(code), result.html());
  }

  @Test
  void highlightingNeverChangesTheText() {
    for (String language : List.of("python", "bash", "json", "yaml", "java", "javascript",
        "markup", "css", "sql", "toml", "pycon", "console", "go", "kotlin", "c", "cpp")) {
      String code = "x = \"a < b & c\" # 'q' // /* */ <tag attr='v'> $HOME ${y} 0x1F 1e-3\n";
      assertEquals(code, textOf(HIGHLIGHTER.highlight(language, code).html()), language);
    }
  }

  static String textOf(String html) {
    return Jsoup.parseBodyFragment("<pre>" + html + "</pre>").selectFirst("pre").wholeText();
  }

  @Test
  void pluralAliasesResolve() {
    assertEquals(Optional.of("python"), HIGHLIGHTER.language("py"));
    assertEquals(Optional.of("bash"), HIGHLIGHTER.language("sh"));
    assertEquals(Optional.of("bash"), HIGHLIGHTER.language("shell"));
    assertEquals(Optional.of("console"), HIGHLIGHTER.language("console"));
    assertEquals(Optional.of("yaml"), HIGHLIGHTER.language("yml"));
    assertEquals(Optional.of("javascript"), HIGHLIGHTER.language("js"));
    assertEquals(Optional.of("markup"), HIGHLIGHTER.language("html"));
    assertEquals(Optional.of("text"), HIGHLIGHTER.language(""));
    assertEquals(Optional.of("text"), HIGHLIGHTER.language("plain"));
    assertEquals(Optional.of("diff-python"), HIGHLIGHTER.language("diff-py"));
    assertEquals(Optional.empty(), HIGHLIGHTER.language("diff-nope"));
    assertEquals(Optional.empty(), HIGHLIGHTER.language("cobol"));
    assertTrue(TokenHtml.escape("<&>\"").equals("&lt;&amp;&gt;&quot;"));
  }
}
