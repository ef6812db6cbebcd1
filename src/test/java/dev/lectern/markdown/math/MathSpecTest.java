package dev.lectern.markdown.math;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.testing.MarkdownPage;
import dev.lectern.testing.SpecExample;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every example of {@code math-spec.txt}: math. */
class MathSpecTest {
  static List<SpecExample> examples() {
    return SpecExample.read("/spec/math-spec.txt");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void rendersAsSpecified(SpecExample example) {
    MarkdownPage.assertRendersAsSpecified(example);
  }

  @Test
  void theSpecFileHasExamples() {
    assertTrue(examples().size() >= 7);
  }
}
