package dev.lectern.markdown.apiref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.testing.Diags;
import dev.lectern.testing.MarkdownPage;
import dev.lectern.testing.SpecExample;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every example of {@code apiref-spec.txt} (each gives one warning, except the last
 * section's, which holds no reference), and checks the warning's text and place.
 */
class ApiReferenceSpecTest {
  static List<SpecExample> examples() {
    return SpecExample.read("/spec/apiref-spec.txt");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void rendersAsSpecifiedWithAWarning(SpecExample example) {
    Diagnostics d = new Diagnostics();
    assertEquals(example.html(), MarkdownPage.render(example.markdown(), d),
        "Markdown:\n" + example.markdown());
    List<String> warnings = Diags.headlines(d);
    assertEquals(example.section().equals("Not API references") ? 0 : 1, warnings.size(),
        warnings.toString());
  }

  @Test
  void theSpecFileHasExamples() {
    assertTrue(examples().size() >= 4);
  }

  @Test
  void onePageGetsOneWarningAtItsFirstReference() {
    Diagnostics d = new Diagnostics();
    MarkdownPage.render("# API\n\nIntro.\n\n::: httpx.get\n    :docstring:\n\n::: httpx.post\n", d);
    assertEquals(List.of("content/a.md:5:1: warning: 2 API references ('::: httpx.get' "
        + "first) are shown as a note naming the object: mkdocstrings or mkautodoc generate "
        + "them from Python code, which Lectern does not run"), Diags.headlines(d));
  }

  @Test
  void aContainerWithOneNameIsNoReference() {
    Diagnostics d = new Diagnostics();
    String html = MarkdownPage.render("::: tip\nText\n:::\n", d);
    assertFalse(html.contains("api-reference"), html);
    assertTrue(html.contains("callout-tip"), html);
  }
}
