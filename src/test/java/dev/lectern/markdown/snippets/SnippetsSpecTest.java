package dev.lectern.markdown.snippets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.memo.FileSnapshot;
import dev.lectern.testing.Diags;
import dev.lectern.testing.MarkdownPage;
import dev.lectern.testing.SpecExample;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every example of {@code snippets-spec.txt} as the page {@code content/guide/page.md} of
 * the site {@code snippets-site}.
 */
class SnippetsSpecTest {
  static List<SpecExample> examples() {
    return SpecExample.read("/spec/snippets-spec.txt");
  }

  static FileSnapshot site() {
    try {
      return FileSnapshot.of(Path.of(SnippetsSpecTest.class.getResource("/snippets-site")
          .toURI()));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void rendersAsSpecified(SpecExample example) {
    Diagnostics d = new Diagnostics();
    assertEquals(example.html(), MarkdownPage.render("guide/page.md", example.markdown(), site(),
        d), "Markdown:\n" + example.markdown());
    assertEquals(List.of(), Diags.headlines(d));
  }

  @Test
  void theSpecFileHasExamples() {
    assertTrue(examples().size() >= 10);
  }
}
