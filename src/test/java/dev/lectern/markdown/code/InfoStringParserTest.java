package dev.lectern.markdown.code;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.markdown.code.CodeInfo.LineRange;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InfoStringParserTest {
  private static CodeInfo ok(String info) {
    InfoStringParser.Result r = InfoStringParser.parse(info);
    return r.info().orElseThrow(() -> new AssertionError(r.problem().orElseThrow().message()));
  }

  private static InfoStringParser.Problem bad(String info) {
    return InfoStringParser.parse(info).problem().orElseThrow();
  }

  @Test
  void readsEveryOptionInAnyOrder() {
    CodeInfo a = ok("python title=\"app.py\" linenums=10 {3,5-7}");
    assertEquals(new CodeInfo("python", Optional.of("app.py"), true, 10,
        List.of(new LineRange(3, 3), new LineRange(5, 7)), Optional.empty()), a);
    assertEquals(a, ok("python {3, 5-7}  linenums=10 title='app.py'"));
  }

  @Test
  void acceptsBareFormsAndRangesRightAfterTheLanguage() {
    assertEquals(CodeInfo.plain(""), ok(""));
    assertEquals(CodeInfo.plain("text"), ok("text"));
    assertEquals(new CodeInfo("js", Optional.empty(), false, 1, List.of(new LineRange(2, 2)), Optional.empty()),
        ok("js{2}"));
    assertEquals(new CodeInfo("", Optional.of("a b.txt"), true, 1, List.of(), Optional.empty()),
        ok("title=\"a b.txt\" linenums"));
    assertEquals(new CodeInfo("", Optional.empty(), false, 1, List.of(new LineRange(1, 2)), Optional.empty()),
        ok("{1-2}"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
      "python title=\"app.py|13|unclosed quote in the value of 'title'",
      "python {5-2}|8|bad line range '5-2': it ends before it starts",
      "python {1,x}|10|'x' is not a line number in a line range",
      "python {0}|8|'0' is not a line number in a line range",
      "python {3|7|unclosed '{'",
      "python linenums=0|16|'0' is not a line number in linenums",
      "python title|7|'title' needs a value, e.g. title=\"app.py\"",
      "python {1,,2}|10|bad line range ''"})
  void reportsMalformedInfoStringsAtTheirOffset(String info, int offset, String message) {
    InfoStringParser.Problem p = bad(info);
    assertEquals(message, p.message());
    assertEquals(offset, p.offset());
  }

  @Test
  void readsTheMinimumPythonVersion() {
    assertEquals(Optional.of("3.12"), ok("python min-version=3.12").minVersion());
    assertEquals("'3' is not a Python version; write e.g. min-version=3.12",
        bad("python min-version=3").message());
  }

  @Test
  void unknownOptionsAreWarningsWithTheOptionMeant() {
    InfoStringParser.Result r = InfoStringParser.parse("python tilte=x live tilte=y");
    assertEquals("python", r.info().orElseThrow().language());
    assertEquals(List.of(
        new InfoStringParser.Problem(7, "unknown code block option 'tilte'; it is ignored",
            "did you mean 'title'?"),
        new InfoStringParser.Problem(15, "code block option 'live' is not supported; it is "
            + "ignored", "remove it, or keep it for the other tool that reads this page")),
        r.warnings());
  }

  @Test
  void readsPymdownxOptions() {
    CodeInfo a = ok("python linenums=\"1\" hl_lines=\"1 3-4\" title=\"app.py\"");
    assertEquals(new CodeInfo("python", Optional.of("app.py"), true, 1,
        List.of(new LineRange(1, 1), new LineRange(3, 4)), Optional.empty()), a);
    assertEquals(a, ok("{ .python linenums=\"1\" hl_lines=\"1 3-4\" title=\"app.py\" }"));
    assertEquals("python", ok("{.python}").language());
    InfoStringParser.Result annotated = InfoStringParser.parse("{ .python .annotate }");
    assertEquals("python", annotated.info().orElseThrow().language());
    assertEquals(1, annotated.warnings().size());
    assertEquals(5, ok("py linenums=\"5 2\"").firstLineNumber());
  }

  @Test
  void readsDocusaurusAndVitePressOptions() {
    CodeInfo d = ok("jsx title=\"/src/x.js\" {1,4-6} showLineNumbers");
    assertEquals(new CodeInfo("jsx", Optional.of("/src/x.js"), true, 1,
        List.of(new LineRange(1, 1), new LineRange(4, 6)), Optional.empty()), d);
    assertEquals(5, ok("js showLineNumbers=5").firstLineNumber());
    CodeInfo v = ok("ts:line-numbers=5 {4}");
    assertEquals(new CodeInfo("ts", Optional.empty(), true, 5, List.of(new LineRange(4, 4)),
        Optional.empty()), v);
    assertEquals(false, ok("ts:no-line-numbers").lineNumbers());
    assertEquals(Optional.of("config.ts"), ok("ts [config.ts]").label());
    assertEquals(Optional.of("config.ts"), ok("ts [config.ts]").caption());
  }

  @Test
  void readsHugoAttributes() {
    CodeInfo h = ok("go {linenos=table,hl_lines=[8,\"15-17\"],linenostart=199}");
    assertEquals(new CodeInfo("go", Optional.empty(), true, 199,
        List.of(new LineRange(8, 8), new LineRange(15, 17)), Optional.empty()), h);
  }

  @Test
  void readsFileIncludes() {
    CodeInfo.Include i = ok("python file=\"examples/app.py\" lines=\"3-10\"").include()
        .orElseThrow();
    assertEquals(new CodeInfo.Include("examples/app.py", Optional.of("3-10"), Optional.empty(),
        12), i);
    assertEquals("'lines' and 'section' need a file to take them from",
        bad("python lines=\"3-10\"").message());
  }

  @Test
  void pathologicalInfoStringsEndQuickly() {
    for (String info : List.of("{".repeat(50_000), "[".repeat(50_000), "a=\"".repeat(20_000),
        "{.a ".repeat(20_000) + "}", "x " + ":y ".repeat(30_000), "{" + "1,".repeat(30_000) + "1}",
        "hl_lines=\"" + "1 ".repeat(30_000) + "\"", "{a=[" + "\"".repeat(30_001) + "]}")) {
      InfoStringParser.Result r = InfoStringParser.parse(info);
      assertEquals(true, r.info().isPresent() || r.problem().isPresent());
      assertEquals(true, r.warnings().size() <= 2);
    }
  }

  @Test
  void manyMagicCommentsEndQuickly() {
    String code = "// highlight-start\nx\n".repeat(20_000) + "// [!code focus]\n".repeat(20_000);
    MagicComments.Result r = MagicComments.apply(code);
    assertEquals(true, r.problems().size() <= 2);
  }
}
