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
      "python {3|7|unclosed '{' in the line ranges",
      "python linenums=0|16|'0' is not a line number in linenums",
      "python title|7|'title' needs a value, e.g. title=\"app.py\"",
      "python tilte=\"x\"|7|unknown code block option 'tilte'",
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
  void suggestsTheOptionMeant() {
    assertEquals("did you mean 'title'? Form: " + InfoStringParser.FORM,
        bad("python tilte=x").hint());
  }
}
