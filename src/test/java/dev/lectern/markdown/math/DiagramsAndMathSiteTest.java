package dev.lectern.markdown.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.pipeline.Build;
import dev.lectern.pipeline.BuildOptions;
import dev.lectern.pipeline.BuildResult;
import dev.lectern.testing.Diags;
import dev.lectern.testing.MarkdownPage;
import dev.lectern.testing.TestSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mermaid and KaTeX are published only by sites that use them and loaded only by the pages that
 * do; their files resolve (the build's link check passes).
 */
class DiagramsAndMathSiteTest {
  @TempDir Path dir;

  private BuildResult build(TestSite site) {
    return new Build().render(BuildOptions.of(site.root()).withoutGitDates().withoutDiskCache());
  }

  private static String page(BuildResult result, String file) {
    return new String(result.tree().files().get(file), StandardCharsets.UTF_8);
  }

  @Test
  void aSiteWithoutDiagramsOrMathPublishesNeither() {
    BuildResult result = build(TestSite.minimal(dir));
    assertFalse(result.tree().files().keySet().stream().anyMatch(f -> f.contains("vendor/")
        && (f.contains("mermaid") || f.contains("katex"))), result.tree().files().keySet()
        .toString());
  }

  @Test
  void onlyThePagesWithDiagramsOrMathLoadThem() {
    TestSite site = TestSite.minimal(dir).file("content/topics/02-drawn.md", "---\ntitle: Drawn\n"
        + "description: A chapter with a diagram and some math, to load both libraries.\n---\n"
        + "## Flow\n\n```mermaid\ngraph TD\n  A --> B\n```\n\nEnergy $E = mc^2$.\n\n$$\nx^2\n$$\n");
    BuildResult result = build(site);
    List<String> vendored = result.tree().files().keySet().stream()
        .filter(f -> f.startsWith("assets/vendor/") && !f.contains("minisearch")).toList();
    assertTrue(vendored.stream().anyMatch(f -> f.matches("assets/vendor/mermaid-11\\.17\\.2\\."
        + "[0-9a-f]{8}\\.min\\.js")), vendored.toString());
    assertTrue(vendored.stream().anyMatch(f -> f.contains(".LICENSE.") && f.contains("katex")));
    assertTrue(vendored.stream().filter(f -> f.endsWith(".woff2")).count() >= 15);
    String drawn = page(result, "topics/drawn/index.html");
    assertEquals(1, count(drawn, "<script src=\"/guide/assets/vendor/mermaid-11\\.17\\.2\\."), drawn);
    assertEquals(1, count(drawn, "<script src=\"/guide/assets/vendor/katex-0\\.19\\.1\\."), drawn);
    assertEquals(1, count(drawn, "<link rel=\"stylesheet\" href=\"/guide/assets/vendor/katex"),
        drawn);
    String plain = page(result, "topics/first/index.html");
    assertFalse(plain.contains("vendor/mermaid") || plain.contains("vendor/katex"), plain);
    assertEquals(List.of(), Diags.headlines(result.warnings()));
  }

  private static long count(String text, String regex) {
    return java.util.regex.Pattern.compile(regex).matcher(text).results().count();
  }

  @Test
  void anUnclosedDisplayIsAWarningAtItsLine() {
    Diagnostics d = new Diagnostics();
    MarkdownPage.render("Text.\n\n> \\[\n> x\n", d);
    assertEquals(List.of("content/a.md:3:3: warning: displayed math '\\[' is never closed; it runs "
        + "to the end of its block"), Diags.headlines(d));
  }

  @Test
  void pathologicalMathEnds() {
    for (String markdown : List.of("$a ".repeat(30_000), "\\(".repeat(30_000),
        "$$".repeat(30_000) + "x", "$$\n".repeat(20_000), "x $" + "\\".repeat(50_000),
        "```mermaid\n" + "a --> b\n".repeat(20_000) + "```\n", "\\[\n".repeat(10_000))) {
      Diagnostics d = new Diagnostics();
      MarkdownPage.render(markdown + "\n", d);
      assertTrue(Diags.errors(d).isEmpty(), Diags.errors(d).toString());
    }
  }
}
