package dev.lectern.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.testing.Cli;
import dev.lectern.testing.TestSite;
import dev.lectern.testing.TreeFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A repository whose READMEs are its docs: {@code content_dir: .} builds the whole folder,
 * leaving out the site's own files (site.yml, the output, templates/, assets/, static/).
 */
class ContentAtTheRootTest {
  @TempDir Path dir;

  @Test
  void theWholeFolderIsTheContentButTheSitesOwnFilesAreNot() {
    TestSite.empty(dir)
        .file("site.yml", "title: Repo\nbase_url: https://example.org/repo/\ncontent_dir: .\n")
        .file("README.md", "# Repo\n\nSee [the guide](guide/) and the [licence](LICENSE).\n")
        .file("LICENSE", "Free.\n")
        .file("guide/README.md", "# Guide\n\nBack [up](../README.md).\n")
        .file("guide/install.md", "# Install\n\nRun it.\n")
        .file("static/robots.txt", "User-agent: *\n")
        .file("_config.yml", "theme: jekyll-theme-minimal\n");
    for (int build = 1; build <= 2; build++) {
      Cli cli = Cli.run("build", "--source", dir.toString(), "--quiet", "--no-cache");
      assertEquals(0, cli.exitCode(), cli.err());
    }
    List<String> files = TreeFiles.read(dir.resolve("site")).keySet().stream()
        .filter(f -> !f.startsWith("assets/") && !f.startsWith("search/")).toList();
    assertEquals(List.of(".nojekyll", "404.html", "LICENSE", "feed.xml", "guide/index.html",
        "guide/install/index.html", "index.html", "robots.txt", "sitemap.xml"), files,
        "the second build did not read the first one's output as content");
    assertTrue(new String(TreeFiles.read(dir.resolve("site")).get("robots.txt"))
        .equals("User-agent: *\n"), "the static folder's robots.txt replaces Lectern's");
  }
}
