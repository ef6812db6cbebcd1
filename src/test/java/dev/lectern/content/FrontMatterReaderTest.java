package dev.lectern.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.config.SiteConfig;
import dev.lectern.config.SiteConfig.MarkdownOptions;
import dev.lectern.config.SiteConfig.Role;
import dev.lectern.content.FrontMatter.RolePriority;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.testing.Diags;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FrontMatterReaderTest {
  private static final SiteConfig CONFIG = withRoles(SiteConfig.of("T",
      URI.create("https://x.org/")), List.of(new Role("backend", "Backend", ""),
      new Role("data", "Data", "")));

  private static SiteConfig withRoles(SiteConfig c, List<Role> roles) {
    return new SiteConfig(c.title(), c.description(), c.baseUrl(), c.language(), c.author(),
        c.repoUrl(), c.editBranch(), c.output(), c.markdown(), roles, c.cname(),
        c.minDescriptionLength(), c.extensions(), c.extensionSettings(), c.sources(),
        c.editUri(), c.copyright(), c.extra(), c.nav(), c.links());
  }
  private final FrontMatterReader reader = new FrontMatterReader(CONFIG);

  private Optional<SourcePage> read(String text, Diagnostics d) {
    return reader.read("a/01-one.md", "content/a/01-one.md", text, d);
  }

  @Test
  void readsEveryFieldIntoTheTypedRecord() {
    Diagnostics d = new Diagnostics();
    SourcePage page = read("""
        ---
        title: "Generators: lazy by design"
        description: Why and how generators stay lazy, and what that costs.
        slug: gens
        weight: 20
        draft: false
        tags: [generators, memory]
        date: 2026-01-31
        updated: 2026-02-01
        level: senior
        roles: {backend: 1, data: 3}
        related: [../b/two.md, _index.md]
        ---
        Body
        """, d).orElseThrow();
    assertEquals(List.of(), Diags.headlines(d));
    FrontMatter m = page.meta();
    assertEquals("Generators: lazy by design", m.title());
    assertEquals(Optional.of("gens"), m.slug());
    assertEquals(Optional.of(20.0), m.weight());
    assertEquals(List.of("generators", "memory"), m.tags());
    assertEquals(Optional.of(LocalDate.of(2026, 1, 31)), m.date());
    assertEquals(Optional.of(Level.SENIOR), m.level());
    assertEquals(List.of(new RolePriority("backend", 1), new RolePriority("data", 3)), m.roles());
    assertEquals(List.of("../b/two.md", "_index.md"),
        m.related().stream().map(FrontMatter.RelatedRef::written).toList(),
        "related pages are resolved when the site is assembled");
    assertEquals(PageKind.PAGE, page.kind());
  }

  @Test
  void keepsFileLineNumbersInTheBody() {
    SourcePage page = read("---\ntitle: A\n---\nfirst body line\n", new Diagnostics())
        .orElseThrow();
    assertEquals("first body line", page.body().split("\n", -1)[3]);
  }

  @Test
  void reportsEveryProblemWithItsPosition() {
    Diagnostics d = new Diagnostics();
    Optional<SourcePage> page = read("""
        ---
        tilte: Oops
        weight: heavy
        level: principal
        roles: {backnd: 1, data: 5}
        related: [nowhere.md]
        date: 31/01/2026
        ---
        """, d);
    assertTrue(page.isEmpty());
    assertEquals(List.of(
        "content/a/01-one.md:2:1: warning: the chapter has no description",
        "content/a/01-one.md:2:1: warning: unknown key 'tilte' in front matter (kept for "
            + "templates as page.params.tilte)",
        "content/a/01-one.md:3:9: 'weight' must be a number, not 'heavy'",
        "content/a/01-one.md:4:8: unknown level 'principal'",
        "content/a/01-one.md:5:9: role 'backnd' is not declared in site.yml",
        "content/a/01-one.md:5:26: priority of role 'data' must be 1, 2 or 3",
        "content/a/01-one.md:7:7: 'date' must be a date, not '31/01/2026'"), Diags.headlines(d));
    assertEquals("did you mean 'backend'?", d.sorted().stream()
        .filter(x -> x.message().contains("backnd")).findFirst().orElseThrow().hint());
  }

  @Test
  void reportsYamlSyntaxErrorsAtTheFileLine() {
    Diagnostics d = new Diagnostics();
    read("---\ntitle: A\ntags: [a, b\n---\n", d);
    List<String> h = Diags.headlines(d);
    assertEquals(1, h.size());
    assertTrue(h.get(0).startsWith("content/a/01-one.md:3:12: invalid YAML"), h.get(0));
  }

  @Test
  void aFileWithoutFrontMatterIsAPageAndAnUnclosedBlockIsAnError() {
    Diagnostics d = new Diagnostics();
    SourcePage page = read("# Just markdown\n", d).orElseThrow();
    assertEquals("", page.meta().title(), "the title is decided when the page is parsed");
    assertEquals("# Just markdown\n", page.body());
    reader.read("a/x.md", "content/a/x.md", "---\ntitle: A\n", d);
    assertEquals(List.of("content/a/x.md:1:1: front matter is never closed"),
        Diags.headlines(d));
  }

  @Test
  void emptyFrontMatterIsAnEmptyMappingAndKeepsTheBody() {
    Diagnostics d = new Diagnostics();
    SourcePage page = read("---\n---\n# Title\n\nText.\n\n---\n\nMore.\n", d).orElseThrow();
    assertEquals(List.of(), Diags.errors(d));
    assertEquals("\n\n# Title\n\nText.\n\n---\n\nMore.\n", page.body(),
        "the body starts after the second line; the later rule is Markdown");
  }

  @Test
  void classifiesPagesByTheirPlace() {
    assertEquals(PageKind.HOME, PageKind.of("_index.md"));
    assertEquals(PageKind.SECTION, PageKind.of("a/_index.md"));
    assertEquals(PageKind.SECTION, PageKind.of("a/index.md"));
    assertEquals(PageKind.SECTION, PageKind.of("a/README.md"));
    assertEquals(PageKind.HOME, PageKind.of("index.mdx"));
    assertEquals(PageKind.PAGE, PageKind.of("a/indexes.md"));
  }
}
