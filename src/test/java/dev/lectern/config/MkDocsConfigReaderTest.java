package dev.lectern.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.testing.Diags;
import dev.lectern.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** mkdocs.yml, read when a site has no site.yml, into the same configuration. */
class MkDocsConfigReaderTest {
  @TempDir Path dir;

  private Optional<SiteConfig> load(String yaml, Diagnostics d) {
    TestSite.empty(dir).file("mkdocs.yml", yaml);
    return ConfigLoader.load(dir, d);
  }

  @Test
  void readsTheSettingsLecternUsesAndListsTheOthersOnce() {
    Diagnostics d = new Diagnostics();
    TestSite.empty(dir).file("pages/overrides/main.html", "{% extends 'base.html' %}\n");
    SiteConfig c = load("""
        site_name: Tools
        site_url: https://example.org/tools
        site_description: Small tools.
        site_author: Ada
        repo_url: https://gitlab.com/acme/tools
        docs_dir: pages
        site_dir: public
        copyright: (c) Acme
        theme:
          name: material
          language: de
          custom_dir: pages/overrides
        plugins: [search, tags, {mkdocstrings: {}}, blog]
        extra_css: [extra.css]
        use_directory_urls: true
        not_in_nav: |
          /drafts/
          *.tmp.md
        markdown_extensions:
          - markdown.extensions.admonition
          - pymdownx.emoji:
              emoji_index: !!python/name:material.extensions.emoji.twemoji
        extra:
          version: !ENV [LECTERN_TEST_UNSET_VARIABLE, '1.0']
        nav: [index.md]
        """, d).orElseThrow();
    assertEquals(List.of("mkdocs.yml:9:1: warning: Lectern ignores these settings of "
        + "mkdocs.yml: theme 'material'; plugins mkdocstrings, blog; extra_css"),
        Diags.headlines(d));
    assertEquals("Tools", c.title());
    assertEquals("https://example.org/tools/", c.baseUrl().toString());
    assertEquals("de", c.language());
    assertEquals(new SiteConfig.Sources("mkdocs.yml", "pages", "", List.of("overrides")),
        c.sources());
    assertEquals("public", c.output());
    assertEquals(Optional.of("https://gitlab.com/acme/tools/edit/master/pages/a.md"),
        c.editUrl("a.md"));
    assertEquals(0, c.minDescriptionLength());
    assertEquals(List.of("admonition", "pymdownx.emoji"),
        c.markdown().extensions().stream().map(SiteConfig.MarkdownFeature::name).toList());
    assertEquals("!!python/name:material.extensions.emoji.twemoji", c.markdown().extensions()
        .get(1).settings().orElseThrow().entries().get("emoji_index").value() instanceof
        dev.lectern.yaml.YamlNode.YamlScalar s ? s.text() : "");
    assertEquals("1.0", ((java.util.Map<?, ?>) c.extra()).get("version"));
    assertEquals(List.of("/drafts/", "*.tmp.md"), c.nav().orElseThrow().notInNav());
  }

  @Test
  void aMissingSiteUrlIsAWarningAndAnEmptyEditUriTurnsEditLinksOff() {
    Diagnostics d = new Diagnostics();
    SiteConfig c = load("site_name: Tools\nrepo_url: https://github.com/a/b\nedit_uri: ''\n", d)
        .orElseThrow();
    assertEquals(List.of("mkdocs.yml:1:1: warning: mkdocs.yml has no site_url, so the site is "
        + "built for http://127.0.0.1:8000/"), Diags.headlines(d));
    assertEquals(Optional.empty(), c.editUrl("a.md"));
  }

  @Test
  void readsTheNavInMkDocsShape() {
    Diagnostics d = new Diagnostics();
    NavConfig nav = load("""
        site_name: Tools
        site_url: https://example.org/
        nav:
          - index.md
          - Guide:
              - guide/index.md
              - Install: guide/install.md
          - Issues: https://example.org/issues
        """, d).orElseThrow().nav().orElseThrow();
    assertEquals(List.of(), Diags.headlines(d));
    assertTrue(nav.items().get(0) instanceof NavConfig.PageItem p && p.title().isEmpty()
        && p.path().equals("index.md"));
    NavConfig.SectionItem guide = (NavConfig.SectionItem) nav.items().get(1);
    assertEquals("Guide", guide.title());
    assertEquals(2, guide.items().size());
    assertTrue(nav.items().get(2) instanceof NavConfig.LinkItem l
        && l.url().equals("https://example.org/issues"));
  }

  @Test
  void inheritMergesTheParentFileUnderThisOne() {
    Diagnostics d = new Diagnostics();
    TestSite.empty(dir).file("base.yml", """
        site_name: Base
        site_url: https://example.org/
        markdown_extensions:
          pymdownx.highlight:
            linenums: true
        """);
    SiteConfig c = load("""
        INHERIT: base.yml
        site_name: Child
        markdown_extensions:
          abbr:
          toc:
            permalink: true
        """, d).orElseThrow();
    assertEquals(List.of(), Diags.headlines(d));
    assertEquals("Child", c.title());
    assertEquals("https://example.org/", c.baseUrl().toString());
    assertEquals(List.of("pymdownx.highlight", "abbr", "toc"), c.markdown().extensions().stream()
        .map(SiteConfig.MarkdownFeature::name).toList(), "mappings merge key by key");
  }

  @Test
  void errorsStopTheBuildWithTheirPlace() {
    Diagnostics d = new Diagnostics();
    assertTrue(load("site_url: nowhere\ndocs_dir: ../elsewhere\n", d).isEmpty());
    assertEquals(List.of(
        "mkdocs.yml:1:1: missing required key 'site_name' in mkdocs.yml",
        "mkdocs.yml:1:11: 'site_url' must be an absolute http(s) URL, not 'nowhere'",
        "mkdocs.yml:2:11: 'docs_dir' must be a folder inside the site's folder, not "
            + "'../elsewhere'"), Diags.headlines(d));
  }
}
