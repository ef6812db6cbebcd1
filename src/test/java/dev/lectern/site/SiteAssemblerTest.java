package dev.lectern.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.pipeline.Build;
import dev.lectern.pipeline.BuildOptions;
import dev.lectern.config.ConfigLoader;
import dev.lectern.config.SiteConfig;
import dev.lectern.content.ContentLoader;
import dev.lectern.content.ContentSet;
import dev.lectern.diagnostic.BuildFailedException;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.markdown.MarkdownEngine;
import dev.lectern.markdown.ParsedMarkdown;
import dev.lectern.testing.Diags;
import dev.lectern.memo.Digester;
import dev.lectern.memo.FileSnapshot;
import dev.lectern.pipeline.StandardMarkdown;
import dev.lectern.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertThrows;
import org.junit.jupiter.api.io.TempDir;

class SiteAssemblerTest {
  @TempDir Path dir;

  private Optional<Site> assemble(Diagnostics d) {
    SiteConfig config = ConfigLoader.load(dir, d).orElseThrow();
    ContentSet content = ContentLoader.load(dir, config, false, d);
    MarkdownEngine engine = StandardMarkdown.engine(config.markdown());
    List<ParsedMarkdown> parsed = content.pages().stream().map(p -> engine.parse(p,
        FileSnapshot.NONE.recorder(), Digester.of(p), d)).toList();
    return SiteAssembler.assemble(config, parsed, content, PageDates.none(),
        new dev.lectern.diagnostic.LinkReports(false), d).map(SiteAssembler.Assembled::site);
  }

  private static List<String> titles(List<Page> pages) {
    return pages.stream().map(p -> p.meta().title()).toList();
  }

  @Test
  void ordersByWeightThenFileNameWithUnweightedPagesLast() {
    TestSite.minimal(dir)
        .file("content/topics/b.md", "---\ntitle: B\n---\n")
        .file("content/topics/a.md", "---\ntitle: A\n---\n")
        .file("content/topics/z.md", "---\ntitle: Z\nweight: 1\n---\n")
        .file("content/early/_index.md", "---\ntitle: Early\nweight: 5\n---\n")
        .file("content/early/only.md", "---\ntitle: Only\n---\n")
        .file("content/top.md", "---\ntitle: Top\n---\n");
    Diagnostics d = new Diagnostics();
    Site site = assemble(d).orElseThrow();
    assertEquals(List.of(), Diags.errors(d));
    assertEquals(List.of("Early", "Topics"), site.sections().stream().map(Section::title).toList());
    assertEquals(List.of("Z", "First", "A", "B"), titles(site.sections().get(1).pages()));
    assertEquals(List.of("Top", "Only", "Z", "First", "A", "B"), titles(site.chapters()));
  }

  @Test
  void linksChaptersInReadingOrderAcrossSections() {
    TestSite.minimal(dir)
        .file("content/wrap-up/_index.md", "---\ntitle: Wrap-up\n---\n")
        .file("content/wrap-up/next.md", "---\ntitle: Next one\n---\n");
    Site site = assemble(new Diagnostics()).orElseThrow();
    Page first = site.pages().get("topics/01-first.md");
    Page next = site.pages().get("wrap-up/next.md");
    assertEquals(Optional.of(next), site.next(first));
    assertEquals(Optional.of(first), site.previous(next));
    assertEquals(Optional.empty(), site.previous(first));
    assertEquals(Optional.empty(), site.next(next));
    assertEquals(Optional.empty(), site.next(site.home()), "home is not a chapter");
  }

  @Test
  void nestsSectionsAndGivesBreadcrumbs() {
    TestSite.minimal(dir)
        .file("content/topics/deep/_index.md", "---\ntitle: Deep\n---\n")
        .file("content/topics/deep/leaf.md", "---\ntitle: Leaf\n---\n");
    Site site = assemble(new Diagnostics()).orElseThrow();
    Page leaf = site.pages().get("topics/deep/leaf.md");
    assertEquals("topics/deep/leaf/", leaf.sitePath());
    assertEquals(List.of("Home", "Topics", "Deep"), titles(site.ancestors(leaf)));
    assertEquals("Deep", site.sectionOf(leaf).title());
    assertEquals(List.of(), site.ancestors(site.home()));
    assertEquals(List.of("Home"), titles(site.ancestors(site.pages().get("topics/_index.md"))));
  }

  @Test
  void makesUpLandingPagesForFoldersWithoutIndexAndForHome() {
    TestSite.minimal(dir).delete("content/_index.md")
        .file("content/02-data-model/deep/leaf.md", "---\ntitle: Leaf\n---\n");
    Diagnostics d = new Diagnostics();
    Site site = assemble(d).orElseThrow();
    assertEquals(List.of(), Diags.errors(d));
    assertEquals("Test Guide", site.home().meta().title());
    assertTrue(site.home().generated());
    Page model = site.pages().get("02-data-model/_index.md");
    assertEquals("Data model", model.meta().title());
    assertEquals("data-model/", model.sitePath());
    assertEquals("Deep", site.pages().get("02-data-model/deep/_index.md").meta().title());
    assertEquals(List.of("Test Guide", "Data model", "Deep"),
        titles(site.ancestors(site.pages().get("02-data-model/deep/leaf.md"))));
    assertEquals(false, site.pages().get("topics/_index.md").generated());
  }

  @Test
  void aDraftIsLeftOutAndLinksToItFail() {
    TestSite.minimal(dir)
        .file("content/topics/02-draft.md", "---\ntitle: Draft\ndraft: true\n---\n")
        .file("content/topics/03-linker.md", "---\ntitle: L\n---\nSee [draft](02-draft.md).\n");
    BuildFailedException e = assertThrows(BuildFailedException.class,
        () -> new Build().render(BuildOptions.of(dir)));
    assertEquals(List.of("content/topics/03-linker.md:4:5: link to missing page '02-draft.md'"),
        Diags.errors(e.diagnostics()));
  }

  @Test
  void relatedGuidesComeFromFrontMatterElseFromSharedTags() {
    TestSite.minimal(dir)
        .file("content/topics/02-a.md", "---\ntitle: A\ntags: [x, y]\n---\n")
        .file("content/topics/03-b.md", "---\ntitle: B\ntags: [x]\n---\n")
        .file("content/topics/04-c.md", "---\ntitle: C\ntags: [x, y, z]\n---\n")
        .file("content/topics/05-d.md", "---\ntitle: D\ntags: [q]\n---\n")
        .file("content/topics/06-e.md", "---\ntitle: E\ntags: [x, y]\n"
            + "related: [topics/05-d.md, topics/02-a.md]\n---\n");
    Site site = assemble(new Diagnostics()).orElseThrow();
    assertEquals(List.of("D", "A"), titles(site.related(site.pages().get("topics/06-e.md"), 3)));
    assertEquals(List.of("C", "E", "B"),
        titles(site.related(site.pages().get("topics/02-a.md"), 3)));
    assertEquals(List.of("C"), titles(site.related(site.pages().get("topics/02-a.md"), 1)));
    assertEquals(List.of(), site.related(site.pages().get("topics/01-first.md"), 3));
  }

  @Test
  void relatedChaptersShareMostTagsWithTiesInReadingOrder() {
    java.util.Random random = new java.util.Random(7);
    String[] pool = {"gil", "async", "memory", "typing", "testing"};
    TestSite site = TestSite.minimal(dir);
    for (int i = 0; i < 24; i++) {
      java.util.List<String> tags = new java.util.ArrayList<>(List.of("python"));
      for (String t : pool) {
        if (random.nextInt(3) == 0) {
          tags.add(t);
        }
      }
      site.file(String.format("content/topics/%02d-c%d.md", i + 10, i), "---\ntitle: C" + i
          + "\ntags: [" + String.join(", ", tags) + "]\n---\n");
    }
    Diagnostics d = new Diagnostics();
    Site built = assemble(d).orElseThrow();
    for (Page page : built.chapters()) {
      // The obvious definition: every other chapter sharing a tag, most shared first.
      java.util.Set<String> mine = java.util.Set.copyOf(page.meta().tags());
      List<Page> expected = built.chapters().stream().filter(p -> p != page)
          .filter(p -> p.meta().tags().stream().anyMatch(mine::contains))
          .sorted(java.util.Comparator.comparingLong((Page p) -> -p.meta().tags().stream()
              .filter(mine::contains).count()).thenComparingInt(built.chapters()::indexOf))
          .limit(3).toList();
      assertEquals(titles(expected), titles(built.related(page, 3)), page.meta().title());
    }
  }

  @Test
  void relatedPagesResolveAgainstEveryMarkdownFileAndUnknownOnesAreErrorsAtTheirPlace() {
    TestSite.minimal(dir)
        .file("content/topics/02-second.md", "---\ntitle: Second\ndraft: true\n---\n")
        .file("content/topics/03-third.md", "---\ntitle: Third\n"
            + "related: [02-second.md, 01-first.md, topics/nowhere.md]\n---\n");
    Diagnostics d = new Diagnostics();
    Site site = assemble(d).orElseThrow();
    assertEquals(List.of("topics/01-first.md"), site.related(
        site.pages().get("topics/03-third.md"), 3).stream().map(Page::contentPath).toList(),
        "the other pages are still assembled; the draft is left out");
    assertEquals(List.of("content/topics/03-third.md:3:38: related page 'topics/nowhere.md' "
        + "does not exist"), Diags.headlines(d).stream().filter(h -> !h.contains("warning"))
        .toList(), "a draft left out of the build is not an error");
  }
}
