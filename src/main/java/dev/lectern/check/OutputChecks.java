package dev.lectern.check;

import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.diagnostic.LinkReports;
import dev.lectern.diagnostic.SourcePosition;
import dev.lectern.markdown.container.AskedQuestions;
import dev.lectern.output.OutputTree;
import dev.lectern.render.PageRenderer;
import dev.lectern.memo.Digester;
import dev.lectern.memo.Fingerprint;
import dev.lectern.memo.Memo;
import dev.lectern.memo.MemoTable;
import dev.lectern.site.Page;
import dev.lectern.site.PageLinks;
import dev.lectern.site.Site;
import dev.lectern.site.StudyPlans;
import dev.lectern.site.TagPages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The check stage: Lectern lints its own output on every build, so a template change cannot
 * silently break the markup. Each page is checked on its own ({@link PageChecks}), in parallel;
 * then titles must be unique across the site, and a FAQ question answered on two pages is a
 * warning naming both.
 */
public final class OutputChecks {
  /** The type of the page-check memo's values, for its cache file. */
  public static final java.lang.reflect.Type FACTS_TYPE = PageFacts.class;
  /** The type of the link-check memo's values, for its cache file. */
  public static final java.lang.reflect.Type VERDICTS_TYPE = LinkVerdicts.class;

  private OutputChecks() {}

  /**
   * Runs every check, reusing from {@code memo} the checks of pages whose HTML it has seen.
   *
   * @param origins where each Markdown page's links were written, by output file
   * @param unchecked URLs of pages that are not built because their front matter is broken:
   *     links to them are not checked
   * @param reports where broken links and anchors go (errors, or warnings with links: warn)
   * @param templateLines finds the template line that has a text, for links templates write
   */
  public static void run(Site site, OutputTree tree, Map<String, List<PageLinks.Origin>> origins,
      java.util.Set<String> unchecked, LinkReports reports, Diagnostics out, Memo memo,
      Function<String, Optional<SourcePosition>> templateLines) {
    List<CheckedPage> pages = new ArrayList<>();
    for (Page p : site.allPages()) {
      pages.add(new CheckedPage(p.outputFile(), new SourcePosition(p.file(), 1, 0),
          origins.getOrDefault(p.outputFile(), List.of()), PageRenderer.layout(p)));
    }
    pages.add(CheckedPage.of(PageRenderer.NOT_FOUND_FILE, "404.peb"));
    for (StudyPlans.StudyPlan plan : site.plans()) {
      pages.add(CheckedPage.of(plan.outputFile(), "role.peb"));
    }
    for (TagPages.TagPage tag : site.tags()) {
      pages.add(CheckedPage.of(tag.outputFile(), "tag.peb"));
    }
    MemoTable<PageFacts> checked = memo.table("page checks");
    Map<String, Fingerprint> keys = new java.util.concurrent.ConcurrentHashMap<>();
    List<PageFacts> facts = pages.parallelStream()
        .filter(p -> tree.contains(p.outputFile()))
        .map(p -> {
          // The HTML's fingerprint, not its bytes: a cached page's was recorded when rendered.
          Fingerprint key = Digester.of("page checks", p.outputFile(),
              tree.digest(p.outputFile()), p.source());
          keys.put(p.outputFile(), key);
          return checked.get(key, out, own -> PageChecks.check(tree.get(p.outputFile()),
              p.outputFile(), p.source(), own));
        })
        .sorted(Comparator.comparing(f -> f.source().file()))
        .toList();
    uniqueTitles(facts, titlesAt(site), out);
    repeatedQuestions(facts, out);
    new LinkChecks(site.config(), tree, facts, pages, templateLines, unchecked, reports).run(out,
        memo.table("link checks"), keys);
  }

  /** Where each page's title is written (front matter, its heading), by output file. */
  private static Map<String, SourcePosition> titlesAt(Site site) {
    Map<String, SourcePosition> at = new HashMap<>();
    for (Page p : site.allPages()) {
      p.meta().options().titleAt().ifPresent(pos -> at.put(p.outputFile(), pos));
    }
    return at;
  }

  /** Two pages with one {@code <title>}: a warning at the second one's title. */
  private static void uniqueTitles(List<PageFacts> facts, Map<String, SourcePosition> titlesAt,
      Diagnostics out) {
    Map<String, PageFacts> first = new HashMap<>();
    for (PageFacts f : facts) {
      PageFacts earlier = first.putIfAbsent(f.title(), f);
      if (earlier != null) {
        out.warning(titlesAt.getOrDefault(f.outputFile(), f.source()), "the <title> '"
            + f.title() + "' is also the title of " + earlier.source().file(),
            "give one of the pages another title, so search results tell them apart");
      }
    }
  }

  private static void repeatedQuestions(List<PageFacts> facts, Diagnostics out) {
    AskedQuestions<PageFacts> first = new AskedQuestions<>();
    for (PageFacts f : facts) {
      for (String q : f.questions()) {
        PageFacts earlier = first.askedBefore(q, f).orElse(null);
        if (earlier != null && earlier != f) {
          out.warning(f.source(), "the FAQ question '" + q + "' is also answered on "
              + earlier.source().file(),
              "search engines may ignore repeated questions; keep one and link to it");
        }
      }
    }
  }
}
