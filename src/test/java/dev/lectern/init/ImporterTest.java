package dev.lectern.init;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.pipeline.Build;
import dev.lectern.pipeline.BuildOptions;
import dev.lectern.pipeline.BuildResult;
import dev.lectern.testing.Cli;
import dev.lectern.testing.TestSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** lectern init --from writes a site.yml that builds the project as it is. */
class ImporterTest {
  @TempDir Path dir;

  @Test
  void anMkDocsProjectGetsItsMkdocsYmlTranslated() throws Exception {
    TestSite.empty(dir)
        .file("mkdocs.yml", """
            site_name: Tiny
            site_url: https://tiny.example/
            docs_dir: documentation
            repo_url: https://github.com/acme/tiny
            theme: {name: material}
            markdown_extensions: [admonition, {toc: {permalink: true}}]
            nav:
              - Home: index.md
              - Guide: [guide.md, {External: 'https://example.org/'}]
            extra: {analytics: none}
            """)
        .file("documentation/index.md", "# Tiny\n\nHello.\n")
        .file("documentation/guide.md", "# Guide\n\nSee [home](index.md).\n");
    Importer.Result result = Importer.write(dir);
    assertEquals("MkDocs", result.kind());
    String yml = Files.readString(dir.resolve("site.yml"), StandardCharsets.UTF_8);
    assertTrue(yml.contains("content_dir: documentation\n"), yml);
    assertTrue(yml.contains("edit_uri: edit/master/documentation/\n"), yml);
    assertTrue(yml.contains("nav:\n  - Home: index.md\n  - Guide:\n      - guide.md\n"
        + "      - External: https://example.org/\n"), yml);
    assertTrue(yml.contains("markdown:\n  extensions:\n    - admonition\n    - toc:\n"
        + "        permalink: \"true\"\n"), yml);
    assertEquals(List.of("Lectern ignores these settings of mkdocs.yml: theme 'material'"),
        result.unread());
    Files.delete(dir.resolve("mkdocs.yml"));
    BuildResult built = new Build().render(BuildOptions.of(dir).withoutGitDates());
    assertTrue(built.tree().contains("guide/index.html"));
  }

  @Test
  void aDocusaurusProjectGetsItsLiteralValuesAndListsTheOthers() throws Exception {
    TestSite.empty(dir)
        .file("docusaurus.config.ts", """
            import type {Config} from '@docusaurus/types';
            const config: Config = {
              title: 'Widgets',
              tagline: process.env.TAGLINE,
              url: 'https://widgets.example',
              baseUrl: '/',
              presets: [['classic', {docs: {routeBasePath: '/', editUrl: 'https://github.com/acme/widgets/tree/main/'}}]],
            };
            export default config;
            """)
        .file("docs/intro.md", "---\nslug: /\n---\n# Widgets\n")
        .file("static/img/w.png", "png");
    Importer.Result result = Importer.write(dir);
    String yml = Files.readString(dir.resolve("site.yml"), StandardCharsets.UTF_8);
    assertTrue(yml.contains("base_url: https://widgets.example/\n"), yml);
    assertTrue(yml.contains("static_dir: static\n"), yml);
    assertTrue(yml.contains("edit_uri: https://github.com/acme/widgets/tree/main/docs/\n"), yml);
    assertEquals(List.of("tagline in docusaurus.config.ts (not a literal value: "
        + "process.env.TAGLINE)"), result.unread());
    assertTrue(yml.endsWith("# - tagline in docusaurus.config.ts (not a literal value: "
        + "process.env.TAGLINE)\n"), yml);
  }

  @Test
  void aDocusaurusFolderWhoseDocsLieBesideItNamesTheFolderToInitInstead() throws Exception {
    // Redux: website/docusaurus.config.ts reads path: '../docs'.
    TestSite.empty(dir)
        .file("website/docusaurus.config.js", """
            module.exports = {title: 'Redux', url: 'https://redux.js.org', baseUrl: '/',
              presets: [['classic', {docs: {path: '../docs', routeBasePath: '/'}}]]};
            """)
        .file("docs/intro.md", "# Intro\n");
    InitException e = assertThrows(InitException.class,
        () -> Importer.write(dir.resolve("website")));
    assertTrue(e.getMessage().startsWith("the docs folder of docusaurus.config.js ('../docs') "
        + "is outside "), e.getMessage());
    assertEquals("run 'lectern init --from " + dir.toAbsolutePath().normalize() + "' on the "
        + "folder that holds both, and build there", e.hint());
    assertTrue(Files.notExists(dir.resolve("website/site.yml")));
    Importer.write(dir);
    String yml = Files.readString(dir.resolve("site.yml"), StandardCharsets.UTF_8);
    assertTrue(yml.contains("content_dir: docs\n"), yml);
  }

  @Test
  void aVitePressLocaleFolderStillImportsFromTheSourceFolderWithTheAtSign() throws Exception {
    // VitePress's own docs: docs/en/ is served at the root; '@' is docs/, where snippets/ lie.
    TestSite.empty(dir)
        .file("docs/.vitepress/config.ts", """
            export default {title: 'VP', sitemap: {hostname: 'https://vp.example'},
              rewrites: {'en/:rest*': ':rest*'}, locales: {root: {label: 'English'}}}
            """)
        .file("docs/snippets/demo.js", "export const answer = 42\n")
        .file("docs/en/index.md", "# VP\n\nHome.\n")
        .file("docs/en/guide/code.md", "# Code\n\n<<< @/snippets/demo.js\n");
    Importer.write(dir);
    String yml = Files.readString(dir.resolve("site.yml"), StandardCharsets.UTF_8);
    assertTrue(yml.contains("content_dir: docs/en\n"), yml);
    assertTrue(yml.contains("snippets:\n  base_path:\n    - \".\"\n    - docs\n"), yml);
    // A build with an error throws: the import is found.
    BuildResult built = new Build().render(BuildOptions.of(dir).withoutGitDates());
    String page = new String(built.tree().get("guide/code/index.html"), StandardCharsets.UTF_8);
    assertTrue(page.contains("answer"), page);
  }

  @Test
  void itNeverOverwritesAndSaysWhenThereIsNothingToRead() throws Exception {
    TestSite.empty(dir).file("site.yml", "title: Mine\n");
    InitException exists = assertThrows(InitException.class, () -> Importer.write(dir));
    assertTrue(exists.getMessage().endsWith("site.yml already exists; nothing was written"));
    Files.delete(dir.resolve("site.yml"));
    InitException none = assertThrows(InitException.class, () -> Importer.write(dir));
    assertTrue(none.getMessage().startsWith("no mkdocs.yml, docusaurus.config.js or .ts"));
    Cli cli = Cli.run("init", "--from", dir.toString());
    assertEquals(1, cli.exitCode());
    assertTrue(cli.err().startsWith("lectern: no mkdocs.yml"), cli.err());
    assertEquals(2, Cli.run("init", "a", "--from", "b").exitCode());
  }
}
