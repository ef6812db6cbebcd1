package dev.lectern.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.markdown.DocumentSeal;
import dev.lectern.markdown.ParsedMarkdown;
import dev.lectern.testing.MarkdownPage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.commonmark.node.Link;
import org.junit.jupiter.api.Test;

/**
 * "Parse once, never mutate", enforced twice: no code of the stages after parsing calls a
 * method that changes a commonmark node, and (at run time, with assertions on, in every test
 * that builds a site) the pipeline checks every document's {@link DocumentSeal} at the end of a
 * build. This test makes sure both checks can fail.
 */
class ReadOnlyDocumentsTest {
  /** The packages of the stages that come after the parse stage. */
  private static final List<String> LATER_STAGES = List.of("site", "render", "check", "search",
      "seo", "pipeline", "serve", "output");
  private static final Pattern MUTATION = Pattern.compile("\\.(appendChild|prependChild|"
      + "insertAfter|insertBefore|unlink|setDestination|setLiteral|setSourceSpans|"
      + "addSourceSpan|setTitle|setInfo|setFenceChar|setLevel)\\(");

  private static final Pattern STRINGS = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"");

  @Test
  void laterStagesNeverCallNodeMutators() throws IOException {
    List<String> found = new ArrayList<>();
    for (String pkg : LATER_STAGES) {
      Path dir = Path.of("src/main/java/dev/lectern", pkg);
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
          List<String> lines = Files.readAllLines(file);
          boolean inTextBlock = false;
          for (int i = 0; i < lines.size(); i++) {
            int quotes = lines.get(i).split("\"\"\"", -1).length - 1;
            boolean skip = inTextBlock || quotes > 0;
            inTextBlock ^= quotes % 2 == 1;
            if (skip) {
              continue;  // inside or at the edge of a text block: text, not code
            }
            // Text inside string literals is not a call (serve writes JavaScript, say).
            String code = STRINGS.matcher(lines.get(i)).replaceAll("\"\"");
            Matcher m = MUTATION.matcher(code);
            if (m.find()) {
              found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
            }
          }
        }
      }
    }
    assertEquals(List.of(), found);
  }

  @Test
  void theSealSeesAnyChangeToADocument() {
    ParsedMarkdown page = MarkdownPage.parse(MarkdownPage.engine(), "a.md",
        "# T\n\nA [link](b.md) and `code`.\n\n```python\nx = 1\n```\n", new Diagnostics());
    String before = DocumentSeal.of(page.document());
    assertEquals(before, DocumentSeal.of(page.document()), "the seal is stable");
    Link link = (Link) page.linkNodes().get(0);
    link.setDestination("/elsewhere/");
    assertNotEquals(before, DocumentSeal.of(page.document()));
    link.setDestination("b.md");
    assertEquals(before, DocumentSeal.of(page.document()));
    page.document().getLastChild().unlink();
    assertNotEquals(before, DocumentSeal.of(page.document()));
  }

  @Test
  void assertionsAreOnInTheTestSuite() {
    boolean on = false;
    assert on = true;
    assertTrue(on, "surefire runs with -ea, so every build in the suite checks its seals");
  }
}
