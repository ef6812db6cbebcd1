package dev.lectern.markdown.callout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.testing.SpecExample;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every example of {@code callout-spec.txt} against the extension alone. */
class CalloutSpecTest {
  private static final List<Extension> EXTENSIONS = List.of(CalloutExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).build();

  static List<SpecExample> examples() {
    return SpecExample.read("/spec/callout-spec.txt");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void rendersAsSpecified(SpecExample example) {
    String actual = RENDERER.render(PARSER.parse(example.markdown()));
    assertEquals(example.html(), actual, "Markdown:\n" + example.markdown());
  }

  @Test
  void theSpecFileHasExamples() {
    assertTrue(examples().size() >= 10);
  }
}
