package dev.lectern.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.config.SiteConfig;
import dev.lectern.content.PageOptions.Neighbour;
import dev.lectern.content.PageOptions.Toc;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.testing.Diags;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Other tools' front-matter keys mean what the table says, and every other key is kept. */
class FrontMatterKeysTest {
  private final FrontMatterReader reader =
      new FrontMatterReader(SiteConfig.of("T", URI.create("https://x.org/")));

  private FrontMatter read(String yaml, Diagnostics d) {
    return reader.read("a/page.md", "content/a/page.md", "---\n" + yaml + "---\nBody\n", d)
        .orElseThrow().meta();
  }

  @Test
  void docusaurusKeysMapOntoLecternsModel() {
    Diagnostics d = new Diagnostics();
    FrontMatter m = read("""
        id: start
        sidebar_position: 2.5
        sidebar_label: Start here
        hide_table_of_contents: false
        toc_min_heading_level: 3
        toc_max_heading_level: 5
        keywords: [one, two]
        image: /img/card.png
        unlisted: true
        last_update: {date: 2026-04-01, author: Ada}
        pagination_prev: null
        pagination_next: guides/next
        custom_edit_url: https://example.org/edit/start.md
        hide_title: true
        sidebar_class_name: green
        """, d);
    assertEquals(List.of(), Diags.errors(d));
    PageOptions o = m.options();
    assertEquals(Optional.of(2.5), m.weight());
    assertEquals("Start here", m.navTitle());
    assertEquals(Optional.of("start"), o.id());
    assertEquals(new Toc(true, 3, 5), o.toc());
    assertEquals(List.of("one", "two"), o.keywords());
    assertEquals("/img/card.png", o.image().orElseThrow().text());
    assertTrue(o.unlisted());
    assertEquals(Optional.of(LocalDate.of(2026, 4, 1)), m.updated());
    assertEquals(Neighbour.NONE, o.previous());
    assertEquals("guides/next", o.next().target().orElseThrow().text());
    assertEquals(Optional.of("https://example.org/edit/start.md"), o.editUrl());
    assertTrue(o.hideTitle());
    assertEquals("green", o.params().get("sidebar_class_name"));
    assertEquals("2.5", o.params().get("sidebar_position"), "other tools' keys stay readable");
  }

  @Test
  void mkdocsAndVitepressKeysMapOntoLecternsModel() {
    Diagnostics d = new Diagnostics();
    FrontMatter material = read("""
        hide: [navigation, toc, footer]
        search: {exclude: true}
        icon: material/rocket
        status: new
        """, d);
    assertFalse(material.options().navigation());
    assertFalse(material.options().toc().shown());
    assertFalse(material.options().pager());
    assertFalse(material.options().searchable());
    FrontMatter vitepress = read("""
        layout: page
        outline: deep
        lastUpdated: false
        editLink: false
        prev: false
        next: {text: Onwards, link: /guide/next}
        """, d);
    assertEquals(List.of(), Diags.errors(d));
    PageOptions o = vitepress.options();
    assertFalse(o.navigation());
    assertFalse(o.toc().shown(), "layout: page has no outline; outline: deep only sets depth");
    assertEquals(6, o.toc().maxLevel());
    assertFalse(o.showUpdated());
    assertFalse(o.editable());
    assertEquals(Neighbour.NONE, o.previous());
    assertEquals(Optional.of("Onwards"), o.next().label());
    assertEquals("/guide/next", o.next().target().orElseThrow().text());
  }

  @Test
  void hugoAndJekyllKeysMapOntoLecternsModel() {
    Diagnostics d = new Diagnostics();
    FrontMatter m = read("""
        linkTitle: Short
        summary: What the page is about, in a sentence that is long enough for search.
        lastmod: 2026-02-03T10:00:00Z
        publishDate: 2026-01-01
        aliases: [/old/]
        redirect_from: /older/
        images: [/a.png, /b.png]
        """, d);
    assertEquals(List.of(), Diags.headlines(d));
    assertEquals("Short", m.navTitle());
    assertTrue(m.description().startsWith("What the page"));
    assertEquals(Optional.of(LocalDate.of(2026, 2, 3)), m.updated());
    assertEquals(Optional.of(LocalDate.of(2026, 1, 1)), m.date());
    assertEquals(List.of("/older/", "/old/"), m.options().aliases().stream()
        .map(PageOptions.Written::text).toList());
    assertEquals("/a.png", m.options().image().orElseThrow().text());
    assertEquals(Optional.of(1.0), read("nav_order: 1\n", d).weight());
  }

  @Test
  void lecternsOwnKeyWinsOverAnotherToolsForTheSameMeaning() {
    Diagnostics d = new Diagnostics();
    FrontMatter m = read("""
        weight: 5
        sidebar_position: 1
        nav_title: Own
        sidebar_label: Theirs
        description: Lectern's own description of the page, long enough for search results.
        summary: Hugo's summary
        """, d);
    assertEquals(Optional.of(5.0), m.weight());
    assertEquals("Own", m.navTitle());
    assertTrue(m.description().startsWith("Lectern's own"));
  }

  @Test
  void otherKeysAreKeptAndOnlyTyposGetAWarning() {
    Diagnostics d = new Diagnostics();
    FrontMatter m = read("""
        tittle: Typo
        sidebar_positon: 3
        audience: [ops, dev]
        hero: {name: Quill}
        """, d);
    assertEquals(List.of(
        "content/a/page.md:2:1: warning: unknown key 'tittle' in front matter (kept for "
            + "templates as page.params.tittle)",
        "content/a/page.md:3:1: warning: unknown key 'sidebar_positon' in front matter (kept "
            + "for templates as page.params.sidebar_positon)"),
        Diags.headlines(d).stream().filter(h -> !h.contains("description")).toList());
    assertEquals(List.of("ops", "dev"), m.options().params().get("audience"));
    assertEquals(Map.of("name", "Quill"), m.options().params().get("hero"));
  }

  @Test
  void materialBlogPostsDateIsAMappingOfCreatedAndUpdated() {
    Diagnostics d = new Diagnostics();
    FrontMatter m = read("date:\n  created: 2026-02-18\n  updated: 2026-04-13\n", d);
    assertEquals(List.of(), Diags.errors(d));
    assertEquals(Optional.of(LocalDate.of(2026, 2, 18)), m.date());
    assertEquals(Optional.of(LocalDate.of(2026, 4, 13)), m.updated());
    Diagnostics bad = new Diagnostics();
    reader.read("a/page.md", "content/a/page.md", "---\ndate:\n  created: soon\n---\n", bad);
    assertEquals(List.of("content/a/page.md:3:12: 'created' must be a date, not 'soon'"),
        Diags.errors(bad));
  }

  @Test
  void typesAreCheckedWithPositions() {
    Diagnostics d = new Diagnostics();
    reader.read("a/page.md", "content/a/page.md", """
        ---
        sidebar_position: first
        unlisted: sometimes
        toc: {min: 1}
        keywords: {a: b}
        ---
        """, d);
    assertEquals(List.of(
        "content/a/page.md:2:19: 'sidebar_position' must be a number, not 'first'",
        "content/a/page.md:3:11: 'unlisted' must be true or false, not 'sometimes'",
        "content/a/page.md:4:12: 'min' must be a whole number from 2 to 6",
        "content/a/page.md:5:11: 'keywords' must be a list, not a mapping"), Diags.errors(d));
  }

  @Test
  void hugosTomlFrontMatterIsReadWithTheLinesOfItsKeys() {
    Diagnostics d = new Diagnostics();
    FrontMatter m = reader.read("a/page.md", "content/a/page.md", """
        +++
        title = "Fenders"
        weight = "heavy"
        date = 2026-01-31T10:00:00Z
        tags = ["boats", "hulls"]

        [params]
        hull = "wood"
        +++
        Body
        """, d).map(SourcePage::meta).orElse(null);
    assertEquals(null, m, "a wrong type is an error");
    assertEquals(List.of("content/a/page.md:3:10: 'weight' must be a number, not 'heavy'"),
        Diags.errors(d));
    Diagnostics ok = new Diagnostics();
    SourcePage page = reader.read("a/page.md", "content/a/page.md",
        "+++\ntitle = \"Fenders\"\ndate = 2026-01-31T10:00:00Z\ntags = [\"boats\"]\n"
            + "[params]\nhull = \"wood\"\n+++\nBody\n", ok).orElseThrow();
    assertEquals("Fenders", page.meta().title());
    assertEquals(Optional.of(LocalDate.of(2026, 1, 31)), page.meta().date());
    assertEquals(List.of("boats"), page.meta().tags());
    assertEquals(Map.of("hull", "wood"), page.meta().options().params().get("params"));
    assertEquals("\n".repeat(7) + "Body\n", page.body());
  }

  @Test
  void theReadmeDocumentsEveryKeyOfTheTable() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    for (FrontMatterKeys.Key key : FrontMatterKeys.all()) {
      assertTrue(readme.contains("`" + key.name() + "`"), key.name() + " is not in the README");
    }
  }
}
