package dev.lectern.markdown.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.diagnostic.BuildFailedException;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.pipeline.Build;
import dev.lectern.pipeline.BuildOptions;
import dev.lectern.pipeline.BuildResult;
import dev.lectern.testing.Diags;
import dev.lectern.testing.MarkdownPage;
import dev.lectern.testing.TestSite;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Known ways of sneaking script into HTML ({@code xss-vectors.txt}), written into Markdown: in
 * the output, parsed as a browser would, nothing can run, whether each vector stands alone,
 * inside a paragraph, or all of them in one page of a whole site build.
 */
class XssCorpusTest {
  @TempDir Path dir;

  static List<String> vectors() {
    try (InputStream in = XssCorpusTest.class.getResourceAsStream("/html/xss-vectors.txt")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<String> vectors = new ArrayList<>();
      for (String entry : text.split("\n----\n")) {
        String v = entry.lines().filter(l -> !l.startsWith("# ")).reduce((a, b) -> a + "\n" + b)
            .orElse("");
        if (!v.isBlank()) {
          vectors.add(v + "\n");
        }
      }
      return vectors;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theCorpusIsLarge() {
    assertTrue(vectors().size() >= 80, "vectors: " + vectors().size());
  }

  @ParameterizedTest
  @MethodSource("vectors")
  void nothingRunsWhereTheVectorStands(String vector) {
    assertSafe(vector);
  }

  @ParameterizedTest
  @MethodSource("vectors")
  void nothingRunsInsideAParagraph(String vector) {
    assertSafe("Some text " + vector.strip().replace("\n\n", "\n") + " and more.\n");
  }

  private static void assertSafe(String markdown) {
    Diagnostics d = new Diagnostics();
    String html = MarkdownPage.render(markdown, d);
    Document doc = Jsoup.parseBodyFragment(html);
    assertEquals(List.of(), Executable.findings(doc.body(), Set.of(), true),
        "Markdown:\n" + markdown + "\nHTML:\n" + html);
    assertFalse(Diags.errors(d).stream().anyMatch(e -> e.contains("failed")), d.toString());
  }

  @Test
  void nothingRunsInAWholeSiteBuild() {
    StringBuilder page = new StringBuilder("---\ntitle: Vectors\ndescription: Every vector of "
        + "the corpus in one page, each under a heading of its own.\n---\n");
    // A vector whose kept link points to a page that does not exist would fail the build for
    // that (rightly): those are checked one by one above.
    List<String> vectors = vectors().stream().filter(XssCorpusTest::linksOnlyToItsFiles).toList();
    assertTrue(vectors.size() >= vectors().size() - 3, "left out: too many");
    for (int i = 0; i < vectors.size(); i++) {
      page.append("\n## Vector ").append(i + 1).append("\n\n").append(vectors.get(i))
          .append("\nText after ").append(vectors.get(i).lines().findFirst().orElse(""))
          .append("\n");
    }
    TestSite site = TestSite.minimal(dir)
        .file("content/topics/02-vectors.md", page.toString())
        .file("content/topics/x", "x")
        .file("content/topics/x.png", "png");
    BuildResult result;
    try {
      result = new Build().render(BuildOptions.of(site.root()).withoutGitDates()
          .withoutDiskCache());
    } catch (BuildFailedException e) {
      throw new AssertionError(String.join("\n", Diags.headlines(e.diagnostics())), e);
    }
    Document baseline = parse(result, "topics/first/index.html");
    Document vectorPage = parse(result, "topics/vectors/index.html");
    Set<String> themeScripts = new HashSet<>();
    for (Element script : baseline.select("script")) {
      themeScripts.add(script.hasAttr("src") ? script.attr("src") : script.data());
    }
    assertEquals(List.of(), Executable.findings(baseline, themeScripts, false));
    assertEquals(List.of(), Executable.findings(vectorPage, themeScripts, false));
    Element content = vectorPage.selectFirst("div.content");
    assertEquals(List.of(), Executable.findings(content, Set.of(), true));
    assertEquals(baseline.select("script").size(), vectorPage.select("script").size());
    assertTrue(content.text().contains("Text after"), "the page's own text survives");
  }

  private static boolean linksOnlyToItsFiles(String vector) {
    var parsed = MarkdownPage.parse(MarkdownPage.engine(), "topics/02-vectors.md", vector,
        new Diagnostics());
    return parsed.links().stream().map(l -> l.destination())
        .allMatch(d -> d.equals("x") || d.equals("x.png") || d.startsWith("https:"));
  }

  private static Document parse(BuildResult result, String file) {
    byte[] bytes = result.tree().files().get(file);
    assertTrue(bytes != null, "no " + file + " in " + result.tree().files().keySet());
    return Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
  }
}
