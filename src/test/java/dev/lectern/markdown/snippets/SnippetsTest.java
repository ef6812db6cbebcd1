package dev.lectern.markdown.snippets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.diagnostic.BuildFailedException;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.memo.FileDependency;
import dev.lectern.memo.FileReads;
import dev.lectern.memo.FileSnapshot;
import dev.lectern.pipeline.Build;
import dev.lectern.pipeline.BuildOptions;
import dev.lectern.testing.Diags;
import dev.lectern.testing.MarkdownPage;
import dev.lectern.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnippetsTest {
  @TempDir Path dir;

  private static List<String> problems(String markdown) {
    Diagnostics d = new Diagnostics();
    MarkdownPage.render("guide/page.md", markdown, SnippetsSpecTest.site(), d);
    return Diags.headlines(d);
  }

  @Test
  void aPathLeavingTheSiteSaysHowToBuildFromAFolderThatHoldsIt() {
    // FastAPI: docs/en/docs/*.md include ../../docs_src/x.py, outside docs/en/.
    Diagnostics d = new Diagnostics();
    MarkdownPage.render("guide/page.md", "--8<-- \"../../../x.md\"\n", SnippetsSpecTest.site(),
        d);
    assertEquals("included files must be inside the site's folder (base paths too): move the "
        + "file in, or build from a folder that holds both, with site.yml there naming the pages "
        + "(content_dir) and the folder such paths start from (snippets.base_path)",
        d.sorted().get(0).hint());
  }

  @Test
  void badIncludesAreErrorsAtTheirLine() {
    assertEquals(List.of(
        "content/guide/page.md:3:1: snippet file 'missing.md' not found (looked for "
            + "content/guide/missing.md, missing.md)",
        "content/guide/page.md:5:3: snippet path '../../../x.md' leaves the site's folder",
        "content/guide/page.md:8:1: snippet 'https://example.com/a.py' is a URL; Lectern "
            + "includes files of the site only",
        "content/guide/page.md:11:1: snippet 'includes/loop-a.md' includes itself "
            + "(content/guide/page.md → includes/loop-a.md → includes/loop-b.md → "
            + "includes/loop-a.md)",
        "content/guide/page.md:13:1: snippet 'docs_src/app.py:nope': there is no section 'nope' "
            + "(--8<-- [start:nope])",
        "content/guide/page.md:15:1: snippet 'docs_src/app.py:40:50': line 40 is past the end of "
            + "the file (9 lines)"),
        problems("Intro.\n\n--8<-- \"missing.md\"\n\n> --8<-- '../../../x.md'\n\n```python\n"
            + "--8<-- \"https://example.com/a.py\"\n```\n\n--8<-- \"includes/loop-a.md\"\n\n"
            + "--8<-- \"docs_src/app.py:nope\"\n\n--8<-- \"docs_src/app.py:40:50\"\n"));
  }

  @Test
  void badFenceOptionsAreErrorsAtTheirColumn() {
    assertEquals(List.of(
        "content/guide/page.md:1:11: snippet file 'nope.py' not found (looked for "
            + "content/guide/nope.py, nope.py)",
        "content/guide/page.md:4:11: lines=\"a-b\" is not a list of line ranges",
        "content/guide/page.md:7:1: snippet file 'nope.py' not found (looked for "
            + "content/guide/nope.py, nope.py)",
        "content/guide/page.md:9:5: warning: the block's own lines are replaced by the file "
            + "'docs_src/app.py'"),
        problems("```python file=\"nope.py\"\n```\n\n```python file=\"docs_src/app.py\" "
            + "lines=\"a-b\"\n```\n\n{* nope.py hl[1] *}\n\n``` file=\"docs_src/app.py\"\nold\n"
            + "```\n"));
  }

  @Test
  void aSnippetLineInsideProseIsAWarning() {
    assertEquals(List.of("content/guide/page.md:1:1: warning: a snippet line inside a paragraph "
        + "is shown as text"), problems("See this:\n--8<-- \"includes/note.md\"\n"));
  }

  @Test
  void includedFilesAreReadThroughThePageAndRecordedAsDependencies() {
    FileReads reads = SnippetsSpecTest.site().recorder();
    var page = new dev.lectern.content.SourcePage("guide/page.md", "content/guide/page.md",
        dev.lectern.content.PageKind.of("guide/page.md"),
        dev.lectern.content.FrontMatter.of("T", ""), "--8<-- \"includes/outer.md\"\n");
    MarkdownPage.engine().parse(page, reads, dev.lectern.memo.Digester.of(page),
        new Diagnostics());
    assertEquals(List.of("content/guide/includes/outer.md", "includes/outer.md",
        "content/guide/includes/note.md", "includes/note.md"),
        reads.dependencies().stream().map(FileDependency::path).toList());
  }

  @Test
  void basePathIsASettingCheckedAtItsPlace() throws Exception {
    TestSite site = TestSite.minimal(dir)
        .file("site.yml", "title: T\nbase_url: https://example.org/\nsnippets:\n"
            + "  base_path: [src, ../outside]\n  check_path: true\n")
        .file("content/topics/01-first.md", "---\ntitle: First\ndescription: A chapter that "
            + "includes a file from the src folder of the site.\n---\n```python\n"
            + "--8<-- \"lib.py\"\n```\n")
        .file("src/lib.py", "answer = 42\n");
    try {
      new Build().render(BuildOptions.of(site.root()).withoutGitDates().withoutDiskCache());
      throw new AssertionError("the build should fail");
    } catch (BuildFailedException e) {
      assertEquals(List.of(
          "site.yml:4:14: base_path '../outside' leaves the site's folder",
          "site.yml:5:3: unknown key 'check_path' in the settings of extension 'snippets'"),
          Diags.headlines(e.diagnostics()));
    }
    site.file("site.yml", "title: T\nbase_url: https://example.org/\nsnippets:\n"
        + "  base_path: [src]\n");
    var result = new Build().render(BuildOptions.of(site.root()).withoutGitDates()
        .withoutDiskCache());
    String html = new String(result.tree().files().get("topics/first/index.html"),
        java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(html.contains("answer"), html);
  }

  @Test
  void aLinkLeavingTheSiteIsNotFollowed() throws Exception {
    Path outside = Files.writeString(dir.resolve("secret.txt"), "secret\n");
    Path site = Files.createDirectories(dir.resolve("site/content"));
    Files.createSymbolicLink(dir.resolve("site/leak.txt"), outside);
    Diagnostics d = new Diagnostics();
    String html = MarkdownPage.render("a.md", "```\n--8<-- \"leak.txt\"\n```\n",
        FileSnapshot.of(site.getParent()), d);
    assertTrue(!html.contains("secret"), html);
    assertEquals(List.of("content/a.md:2:1: snippet file 'leak.txt' not found (looked for "
        + "content/leak.txt, leak.txt)"), Diags.headlines(d));
  }

  @Test
  void pathologicalIncludesEnd() {
    for (String markdown : List.of("--8<-- \"includes/note.md\"\n".repeat(2_000),
        "```\n" + "--8<-- \"docs_src/app.py\"\n".repeat(2_000) + "```\n",
        "--8<--\n" + "includes/note.md\n".repeat(2_000), "--8<-- \"" + "a".repeat(50_000) + "\"", "--8<-- \"a:" + "1,".repeat(30_000) + "\"",
        "```\n--8<-- '" + "\\'".repeat(30_000) + "'\n```\n",
        "{* " + "a".repeat(50_000) + " hl[" + "1,".repeat(10_000) + "1] *}",
        "```\n" + ";--8<-- \"x\"\n".repeat(5_000) + "```\n")) {
      Diagnostics d = new Diagnostics();
      MarkdownPage.render("guide/page.md", markdown, SnippetsSpecTest.site(), d);
      assertTrue(Diags.errors(d).size() <= 1, Diags.errors(d).toString());
    }
  }
}
