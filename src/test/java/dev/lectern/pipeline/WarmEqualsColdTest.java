package dev.lectern.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.diagnostic.BuildFailedException;
import dev.lectern.diagnostic.Diagnostic;
import dev.lectern.memo.Memo;
import dev.lectern.testing.TestSite;
import dev.lectern.testing.TreeFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scripted sequence of edits to a small site. After each edit, a warm rebuild (reusing
 * everything the builds before it remembered, as {@code serve} does) must produce exactly what a
 * cold build of the same files produces: the same output files, byte for byte, and the same
 * diagnostics with the same positions, whether the build succeeds or fails.
 */
class WarmEqualsColdTest {
  @TempDir Path dir;

  private TestSite site;

  /** One named edit of the site's files. */
  private record Edit(String name, Consumer<WarmEqualsColdTest> apply) {}

  @Test
  void everyWarmRebuildEqualsAColdBuild() {
    site = initialSite(dir.resolve("site"));
    Memo warm = Memo.acrossBuilds();
    List<String> mismatches = new ArrayList<>();
    compare("the first build", warm, mismatches);
    for (Edit edit : edits()) {
      edit.apply().accept(this);
      compare(edit.name(), warm, mismatches);
    }
    assertEquals(List.of(), mismatches, "warm rebuilds that differ from cold builds");
  }

  /**
   * The same edits with the command line's persistent cache: each rebuild is a new build in a
   * new memo, reading what the one before left in {@code .lectern-cache/}, as {@code lectern
   * build} run again does.
   */
  @Test
  void everyCommandLineRebuildWithTheCacheFilesEqualsAColdBuild() {
    site = initialSite(dir.resolve("site"));
    List<String> mismatches = new ArrayList<>();
    compareCommandLine("the first build", mismatches);
    for (Edit edit : edits()) {
      edit.apply().accept(this);
      compareCommandLine(edit.name(), mismatches);
    }
    assertEquals(List.of(), mismatches, "rebuilds from the cache files that differ from cold");
  }

  private void compareCommandLine(String step, List<String> mismatches) {
    Path out = dir.resolve("out");
    BuildOptions withCache = BuildOptions.of(site.root()).withoutGitDates().withOutput(out);
    StringBuilder warm = new StringBuilder();
    List<Diagnostic> diagnostics;
    try {
      BuildResult result = new Build().run(withCache);
      TreeFiles.read(out).forEach((path, bytes) -> warm.append("file ").append(path).append(' ')
          .append(digest(bytes)).append('\n'));
      diagnostics = result.warnings();
    } catch (BuildFailedException e) {
      warm.append("build failed\n");
      diagnostics = e.diagnostics();
    }
    for (Diagnostic d : diagnostics) {
      warm.append(d.headline()).append(" [").append(d.hint()).append("]\n");
    }
    String cold = outcome(new Build(new Progress(), Memo.acrossBuilds()));
    if (!warm.toString().equals(cold)) {
      mismatches.add("after " + step + ":\n" + firstDifference(cold, warm.toString()));
    }
  }

  @Test
  void everyWarmRebuildOfAnMkDocsProjectEqualsAColdBuild() {
    site = TestSite.empty(dir.resolve("mkdocs"))
        .file("mkdocs.yml", "site_name: Warm Docs\nsite_url: https://example.org/docs/\n"
            + "nav:\n  - Home: index.md\n  - Guide:\n      - guide/install.md\n")
        .file("docs/index.md", "# Warm docs\n\nRead [the install page](guide/install.md).\n")
        .file("docs/guide/install.md", "# Install\n\nRun it. Back [home](../).\n")
        .file("docs/guide/use.md", "# Use\n\n## Steps\n\nUse it.\n");
    Memo warm = Memo.acrossBuilds();
    List<String> mismatches = new ArrayList<>();
    compare("the first build", warm, mismatches);
    List<Edit> edits = List.of(
        new Edit("adding a page to the nav", t -> t.edit("mkdocs.yml",
            "      - guide/install.md\n", "      - guide/install.md\n      - Using: guide/use.md\n")),
        new Edit("renaming the site", t -> t.edit("mkdocs.yml", "site_name: Warm Docs",
            "site_name: Warmer Docs")),
        new Edit("naming Markdown extensions", t -> t.edit("mkdocs.yml", "nav:",
            "markdown_extensions:\n  - admonition\n  - toc:\n      permalink: true\nnav:")),
        new Edit("moving the docs folder", t -> {
          t.move("docs/index.md", "pages/index.md");
          t.move("docs/guide/install.md", "pages/guide/install.md");
          t.move("docs/guide/use.md", "pages/guide/use.md");
          t.edit("mkdocs.yml", "nav:", "docs_dir: pages\nnav:");
        }),
        new Edit("changing a title heading", t -> t.edit("pages/guide/use.md", "# Use",
            "# Using it")),
        new Edit("adding a site.yml beside mkdocs.yml", t -> t.write("site.yml",
            "title: Site\nbase_url: https://example.org/\ncontent_dir: pages\n")));
    for (Edit edit : edits) {
      edit.apply().accept(this);
      compare(edit.name(), warm, mismatches);
    }
    assertEquals(List.of(), mismatches, "warm rebuilds that differ from cold builds");
  }

  private void compare(String step, Memo warmMemo, List<String> mismatches) {
    String warm = outcome(new Build(new Progress(), warmMemo));
    String cold = outcome(new Build(new Progress(), Memo.acrossBuilds()));
    if (!warm.equals(cold)) {
      mismatches.add("after " + step + ":\n" + firstDifference(cold, warm));
    }
  }

  /**
   * What a build produced, as comparable text: each output file with a digest of its bytes (and
   * the text of small HTML pages), then every diagnostic with its position and hint.
   */
  private String outcome(Build build) {
    BuildOptions options = BuildOptions.of(site.root()).withoutGitDates().withoutDiskCache();
    StringBuilder s = new StringBuilder();
    List<Diagnostic> diagnostics;
    try {
      BuildResult result = build.render(options);
      result.tree().files().forEach((path, bytes) -> s.append("file ").append(path).append(' ')
          .append(digest(bytes)).append('\n'));
      diagnostics = result.warnings();
    } catch (BuildFailedException e) {
      s.append("build failed\n");
      diagnostics = e.diagnostics();
    }
    for (Diagnostic d : diagnostics) {
      s.append(d.headline()).append(" [").append(d.hint()).append("]\n");
    }
    return s.toString();
  }

  private static String firstDifference(String cold, String warm) {
    String[] c = cold.split("\n");
    String[] w = warm.split("\n");
    StringBuilder out = new StringBuilder();
    int shown = 0;
    for (int i = 0; i < Math.max(c.length, w.length) && shown < 6; i++) {
      String a = i < c.length ? c[i] : "(nothing)";
      String b = i < w.length ? w[i] : "(nothing)";
      if (!a.equals(b)) {
        out.append("  cold: ").append(a).append("\n  warm: ").append(b).append('\n');
        shown++;
      }
    }
    return out.toString();
  }

  private static String digest(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(
          java.security.MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 16);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static TestSite initialSite(Path root) {
    return TestSite.empty(root)
        .file("site.yml", SITE_YML)
        .file("content/_index.md", "---\ntitle: Warm home\n---\nWelcome to the warm site.\n")
        .file("content/topics/_index.md", "---\ntitle: Topics\n---\nAll topics.\n")
        .file("content/topics/01-alpha.md", ALPHA)
        .file("content/topics/02-beta.md", BETA)
        .file("content/more/_index.md", "---\ntitle: More\ndescription: More pages.\n---\n"
            + "More pages.\n")
        .file("content/more/gamma.md", GAMMA)
        .file("content/more/notes.txt", "plain notes\n")
        .file("assets/css/extra.css", "body { color: black; }\n");
  }

  private static final String SITE_YML = """
      title: Warm Site
      description: A small site edited step by step between builds.
      base_url: https://example.org/warm/
      roles:
        backend: Backend engineer
        data: Data engineer
      """;

  private static final String ALPHA = """
      ---
      title: Alpha
      description: The first chapter, which links to the second one and to a heading there.
      weight: 10
      tags: [basics, shared]
      roles: {backend: 1}
      ---

      Alpha opens with a paragraph that [links to beta](02-beta.md#shared-heading).

      ## Alpha details

      Some details, and [the more section](../more/).

      ```python
      print("alpha")
      ```
      """;

  private static final String BETA = """
      ---
      title: Beta
      description: The second chapter, whose heading another page links to by its fragment.
      weight: 20
      tags: [shared]
      roles: {backend: 2, data: 1}
      ---

      Beta opens here.

      ## Shared heading

      Linked from alpha.

      :::faq
      ### Why does beta exist?
      To answer questions.
      :::
      """;

  private static final String GAMMA = """
      ---
      title: Gamma
      description: A chapter in another section, with tags and a related page to follow.
      tags: [advanced]
      related: [topics/02-beta.md]
      ---

      Gamma text with [a link back](../topics/01-alpha.md).
      """;

  private void write(String path, String text) {
    site.file(path, text);
  }

  private void edit(String path, String from, String to) {
    Path file = site.root().resolve(path);
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      if (!text.contains(from)) {
        throw new IllegalStateException(path + " does not contain '" + from + "'");
      }
      Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void move(String from, String to) {
    try {
      Path target = site.root().resolve(to);
      Files.createDirectories(target.getParent());
      Files.move(site.root().resolve(from), target);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void delete(String path) {
    site.delete(path);
  }

  private static List<Edit> edits() {
    List<Edit> edits = new ArrayList<>();
    edits.add(new Edit("editing a body", t -> t.edit("content/topics/01-alpha.md",
        "Some details,", "Some new details, over two\nlines,")));
    edits.add(new Edit("changing a title", t -> t.edit("content/topics/02-beta.md",
        "title: Beta", "title: Beta, renamed")));
    edits.add(new Edit("changing tags", t -> t.edit("content/more/gamma.md",
        "tags: [advanced]", "tags: [advanced, shared]")));
    edits.add(new Edit("changing a weight", t -> t.edit("content/topics/01-alpha.md",
        "weight: 10", "weight: 30")));
    edits.add(new Edit("changing related pages", t -> t.edit("content/more/gamma.md",
        "related: [topics/02-beta.md]", "related: [topics/01-alpha.md]")));
    edits.add(new Edit("turning draft on", t -> t.edit("content/more/gamma.md",
        "tags: [advanced, shared]", "draft: true\ntags: [advanced, shared]")));
    edits.add(new Edit("turning draft off", t -> t.edit("content/more/gamma.md",
        "draft: true\n", "")));
    edits.add(new Edit("adding a page", t -> t.write("content/topics/03-delta.md",
        "---\ntitle: Delta\ndescription: A page added between two builds of the warm site.\n"
            + "tags: [shared]\n---\n\nDelta links to [gamma](../more/gamma.md).\n")));
    edits.add(new Edit("deleting a page", t -> t.delete("content/topics/03-delta.md")));
    edits.add(new Edit("renaming a page", t -> {
      t.move("content/more/gamma.md", "content/more/gamma-ray.md");
      t.edit("content/topics/01-alpha.md", "[the more section](../more/)",
          "[the more section](../more/) and [gamma](../more/gamma-ray.md)");
    }));
    edits.add(new Edit("renaming a folder", t -> {
      t.move("content/more/_index.md", "content/extra/_index.md");
      t.move("content/more/gamma-ray.md", "content/extra/gamma-ray.md");
      t.move("content/more/notes.txt", "content/extra/notes.txt");
      t.edit("content/topics/01-alpha.md", "../more/gamma-ray.md", "../extra/gamma-ray.md");
    }));
    edits.add(new Edit("fixing the links into the renamed folder", t -> t.edit(
        "content/topics/01-alpha.md", "[the more section](../more/)",
        "[the extra section](../extra/)")));
    edits.add(new Edit("linking a missing image", t -> t.edit("content/topics/01-alpha.md",
        "## Alpha details", "![A picture](img/a.png)\n\n## Alpha details")));
    edits.add(new Edit("adding the missing image", t -> t.write("content/topics/img/a.png",
        "not really a png")));
    edits.add(new Edit("deleting the image again", t -> t.delete("content/topics/img/a.png")));
    edits.add(new Edit("removing the image link", t -> t.edit("content/topics/01-alpha.md",
        "![A picture](img/a.png)\n\n", "")));
    edits.add(new Edit("adding a template partial", t -> t.write(
        "templates/partials/footer.peb", "<footer><p>Site footer, version one.</p></footer>\n")));
    edits.add(new Edit("editing a template partial", t -> t.edit(
        "templates/partials/footer.peb", "version one", "version two")));
    edits.add(new Edit("adding a template", t -> t.write("templates/tag.peb",
        "{% extends \"base.peb\" %}{% block main %}<h1>{{ page.title }}</h1>"
            + "<p>Own tag page.</p>{% endblock %}\n")));
    edits.add(new Edit("editing a CSS asset", t -> t.edit("assets/css/extra.css",
        "color: black", "color: navy")));
    edits.add(new Edit("changing the site title", t -> t.edit("site.yml",
        "title: Warm Site", "title: Warmer Site")));
    edits.add(new Edit("changing base_url", t -> t.edit("site.yml",
        "https://example.org/warm/", "https://example.org/warmer/")));
    edits.add(new Edit("changing roles", t -> {
      t.edit("site.yml", "  data: Data engineer", "  data: Data scientist\n  ml: ML engineer");
      t.edit("content/topics/02-beta.md", "roles: {backend: 2, data: 1}",
          "roles: {backend: 2, data: 1, ml: 3}");
    }));
    edits.add(new Edit("breaking a page's front matter", t -> t.edit(
        "content/topics/02-beta.md", "weight: 20", "weight: twenty")));
    edits.add(new Edit("fixing the front matter", t -> t.edit("content/topics/02-beta.md",
        "weight: twenty", "weight: 20")));
    edits.add(new Edit("asking a FAQ question another page answers", t -> t.edit(
        "content/topics/01-alpha.md", "## Alpha details",
        ":::faq\n### Why does beta exist?\nAlpha answers it too.\n:::\n\n## Alpha details")));
    edits.add(new Edit("removing a heading another page links to", t -> t.edit(
        "content/topics/02-beta.md", "## Shared heading\n", "")));
    edits.add(new Edit("restoring the heading", t -> t.edit("content/topics/02-beta.md",
        "Beta opens here.\n", "Beta opens here.\n\n## Shared heading\n")));
    edits.add(new Edit("changing a code block's language", t -> t.edit(
        "content/topics/01-alpha.md", "```python\nprint", "```pycon\n>>> print")));
    edits.add(new Edit("changing the home page", t -> t.edit("content/_index.md",
        "Welcome to the warm site.", "Welcome back to the warm site.")));
    edits.add(new Edit("adding a static file nobody links", t -> t.write(
        "content/topics/data.csv", "a,b\n1,2\n")));
    edits.add(new Edit("including a file outside content", t -> {
      t.write("examples/app.py", "def app():\n    return 1\n");
      t.edit("content/topics/01-alpha.md", "## Alpha details",
          "```python\n--8<-- \"examples/app.py\"\n```\n\n## Alpha details");
    }));
    edits.add(new Edit("changing the included file", t -> t.edit("examples/app.py",
        "return 1", "return 2")));
    edits.add(new Edit("deleting the included file", t -> t.delete("examples/app.py")));
    edits.add(new Edit("restoring the included file", t -> t.write("examples/app.py",
        "def app():\n    return 3\n")));
    edits.add(new Edit("including it with a fence option", t -> t.edit(
        "content/topics/02-beta.md", "Linked from alpha.",
        "Linked from alpha.\n\n```python file=\"../../examples/app.py\" lines=\"2\"\n```")));
    edits.add(new Edit("changing the line the option shows", t -> t.edit("examples/app.py",
        "return 3", "return 4")));
    edits.addAll(compatibilityEdits());
    return edits;
  }

  /** Edits of the inputs that other tools' conventions added. */
  private static List<Edit> compatibilityEdits() {
    List<Edit> edits = new ArrayList<>();
    edits.add(new Edit("adding a category file", t -> t.write("content/extra/_category_.json",
        "{\"label\": \"Extra things\", \"position\": 1}\n")));
    edits.add(new Edit("editing the category file", t -> t.edit(
        "content/extra/_category_.json", "\"position\": 1", "\"position\": 9, "
            + "\"collapsed\": false")));
    edits.add(new Edit("adding a page without front matter", t -> t.write(
        "content/topics/04-plain.md", "# Plain page\n\nNo front matter; see [alpha](01-alpha)."
            + "\n\n# A second title\n")));
    edits.add(new Edit("changing the page's title heading", t -> t.edit(
        "content/topics/04-plain.md", "# Plain page", "# Plainer page")));
    edits.add(new Edit("adding a nav to site.yml", t -> t.edit("site.yml", "roles:",
        "nav:\n  - Home: _index.md\n  - Topics:\n      - topics/_index.md\n"
            + "      - topics/02-beta.md\n      - First: topics/01-alpha.md\n"
            + "  - Elsewhere: https://example.org/\nroles:")));
    edits.add(new Edit("changing the nav", t -> t.edit("site.yml", "      - First: "
        + "topics/01-alpha.md\n", "      - First: topics/01-alpha.md\n      - topics/04-plain.md\n")));
    edits.add(new Edit("naming a missing page in the nav", t -> t.edit("site.yml",
        "topics/04-plain.md", "topics/05-missing.md")));
    edits.add(new Edit("removing the nav", t -> t.edit("site.yml", "nav:\n  - Home: _index.md\n"
        + "  - Topics:\n      - topics/_index.md\n      - topics/02-beta.md\n      - First: "
        + "topics/01-alpha.md\n      - topics/05-missing.md\n  - Elsewhere: "
        + "https://example.org/\n", "")));
    edits.add(new Edit("linking a file of the static folder that is not there", t -> t.edit(
        "content/topics/04-plain.md", "No front matter;", "No front matter, ![logo](/notes.txt);")));
    edits.add(new Edit("moving a file into the static folder", t -> t.move(
        "content/extra/notes.txt", "static/notes.txt")));
    edits.add(new Edit("adding a folder without a landing page", t -> t.write(
        "content/notes/first.md", "# First note\n\nA note.\n")));
    edits.add(new Edit("adding an index.md landing to it", t -> t.write(
        "content/notes/index.md", "---\ntitle: Notes\n---\nAll notes.\n")));
    edits.add(new Edit("breaking the front matter of a page others link to", t -> t.edit(
        "content/topics/02-beta.md", "tags: [shared]", "tags: [shared")));
    edits.add(new Edit("fixing that front matter", t -> t.edit(
        "content/topics/02-beta.md", "tags: [shared", "tags: [shared]")));
    edits.add(new Edit("turning broken links into warnings", t -> t.edit("site.yml", "roles:",
        "links: warn\nroles:")));
    edits.add(new Edit("breaking a link while links are warnings", t -> t.edit(
        "content/topics/04-plain.md", "(01-alpha)", "(01-alhpa)")));
    return edits;
  }

  /** For debugging a failure: the output files of a build as text. */
  static Map<String, String> texts(BuildResult result) {
    Map<String, String> out = new TreeMap<>();
    result.tree().files().forEach((p, b) -> out.put(p, new String(b, StandardCharsets.UTF_8)));
    return out;
  }
}
