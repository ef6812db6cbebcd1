package dev.lectern.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.testing.Diags;
import dev.lectern.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir Path dir;

  private Optional<SiteConfig> load(String yaml, Diagnostics d) {
    TestSite.empty(dir).file("site.yml", yaml);
    return ConfigLoader.load(dir, d);
  }

  @Test
  void readsEveryKeyWithDefaults() {
    Diagnostics d = new Diagnostics();
    SiteConfig c = load("""
        title: Guide
        description: About things
        base_url: https://owner.github.io/repo
        language: en-GB
        author: Ada
        repo_url: https://github.com/owner/repo
        markdown: {unsafe_html: true}
        roles:
          backend: Backend engineer
          data: {title: Data engineer, description: Pipelines}
        """, d).orElseThrow();
    assertEquals(List.of(), Diags.headlines(d));
    assertEquals("Guide", c.title());
    assertEquals("https://owner.github.io/repo/", c.baseUrl().toString());
    assertEquals("/repo/", c.basePath());
    assertEquals("/repo/a/b/", c.url("a/b/"));
    assertEquals("https://owner.github.io/repo/a/", c.absoluteUrl("a/"));
    assertEquals("en-GB", c.language());
    assertEquals("main", c.editBranch());
    assertEquals("site", c.output());
    assertTrue(c.markdown().unsafeHtml());
    assertEquals(List.of(new SiteConfig.Role("backend", "Backend engineer", ""),
        new SiteConfig.Role("data", "Data engineer", "Pipelines")), c.roles());
  }

  @Test
  void readsACustomDomainAndWarnsWhenTheBaseUrlIsElsewhere() {
    Diagnostics d = new Diagnostics();
    SiteConfig c = load("title: G\nbase_url: https://docs.example.org/\ncname: docs.example.org\n",
        d).orElseThrow();
    assertEquals(Optional.of("docs.example.org"), c.cname());
    assertEquals(List.of(), Diags.headlines(d));

    Diagnostics elsewhere = new Diagnostics();
    load("title: G\nbase_url: https://owner.github.io/repo/\ncname: docs.example.org\n",
        elsewhere);
    assertEquals(List.of("site.yml:3:8: warning: 'cname' is docs.example.org but base_url is on "
        + "owner.github.io"), Diags.headlines(elsewhere));

    Diagnostics bad = new Diagnostics();
    load("title: G\nbase_url: https://x.org/\ncname: https://x.org/\n", bad);
    assertEquals(List.of("site.yml:3:8: 'cname' must be a domain name such as docs.example.org, "
        + "not 'https://x.org/'"), Diags.headlines(bad));
  }

  @Test
  void reportsEveryProblemAtOnceWithPositionsAndSuggestions() {
    Diagnostics d = new Diagnostics();
    Optional<SiteConfig> c = load("""
        titel: Guide
        base_url: owner.github.io/repo
        language: english!
        markdown:
          unsafe: true
        """, d);
    assertFalse(c.isPresent());
    assertEquals(List.of(
        "site.yml:1:1: missing required key 'title' in site.yml",
        "site.yml:1:1: unknown key 'titel' in site.yml",
        "site.yml:2:11: 'base_url' must be an absolute http(s) URL without query or fragment,"
            + " not 'owner.github.io/repo'",
        "site.yml:3:11: 'language' must be a language tag, not 'english!'",
        "site.yml:5:3: unknown key 'unsafe' in 'markdown'"), Diags.headlines(d));
    assertEquals("did you mean 'title'?", d.sorted().stream()
        .filter(x -> x.message().contains("titel")).findFirst().orElseThrow().hint());
  }

  @Test
  void reportsYamlSyntaxErrorsAtTheirLine() {
    Diagnostics d = new Diagnostics();
    load("title: Guide\nbase_url: [unclosed\n", d);
    List<String> lines = Diags.headlines(d);
    assertEquals(1, lines.size());
    assertTrue(lines.get(0).startsWith("site.yml:2:20: invalid YAML: "), lines.get(0));
  }

  @Test
  void reportsDuplicateKeys() {
    Diagnostics d = new Diagnostics();
    load("title: A\ntitle: B\nbase_url: https://x.org/\n", d);
    assertEquals(List.of("site.yml:2:1: duplicate key 'title'"), Diags.headlines(d));
  }

  @Test
  void reportsAMissingConfigFile() {
    Diagnostics d = new Diagnostics();
    assertFalse(ConfigLoader.load(dir, d).isPresent());
    assertTrue(Diags.headlines(d).get(0).startsWith("site.yml: site configuration not found"));
  }

  @Test
  void normalisesBaseUrls() {
    assertEquals("https://x.org/", ConfigLoader.parseBaseUrl("https://x.org").orElseThrow()
        .toString());
    assertEquals("http://x.org/a/b/", ConfigLoader.parseBaseUrl("http://x.org/a/b").orElseThrow()
        .toString());
    assertTrue(ConfigLoader.parseBaseUrl("ftp://x.org/").isEmpty());
    assertTrue(ConfigLoader.parseBaseUrl("https://x.org/?q=1").isEmpty());
    assertTrue(ConfigLoader.parseBaseUrl("/relative/").isEmpty());
  }
}
