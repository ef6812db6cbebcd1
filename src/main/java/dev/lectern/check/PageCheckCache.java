package dev.lectern.check;

import dev.lectern.diagnostic.Diagnostic;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.diagnostic.SourcePosition;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The checks of pages from earlier builds: a page whose HTML and source are unchanged has the
 * same facts and the same problems, so it need not be parsed again. Thread-safe.
 */
public abstract class PageCheckCache {
  PageCheckCache() {}

  /** No memory: every page is checked. */
  public static PageCheckCache none() {
    return new PageCheckCache() {
      @Override
      PageFacts check(String file, byte[] html, SourcePosition source, Diagnostics out,
          Function<Diagnostics, PageFacts> checker) {
        return checker.apply(out);
      }
    };
  }

  /** Remembers each page's last check. */
  public static PageCheckCache remembering() {
    return new Remembering();
  }

  abstract PageFacts check(String file, byte[] html, SourcePosition source, Diagnostics out,
      Function<Diagnostics, PageFacts> checker);

  /** A page's broken links: each link with its problem (message, hint). */
  record LinkVerdicts(List<Map.Entry<PageFacts.PageLink, String[]>> broken) {}

  /**
   * Starts checking links in {@code world} (the site's files and ids): verdicts found in
   * another world are forgotten.
   */
  void enterWorld(Object world) {}

  /**
   * The broken links of {@code page} found by an earlier build in the same world, or
   * {@code compute}'s answer, remembered.
   */
  LinkVerdicts links(PageFacts page, Function<PageFacts, LinkVerdicts> compute) {
    return compute.apply(page);
  }

  /** Whether {@link #links} may remember anything, so a world is worth computing. */
  boolean remembersLinks() {
    return false;
  }

  private static final class Remembering extends PageCheckCache {
    private record Entry(byte[] html, SourcePosition source, PageFacts facts,
        List<Diagnostic> diagnostics) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<PageFacts, LinkVerdicts> verdicts =
        java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
    private Object verdictsWorld;

    @Override
    void enterWorld(Object world) {
      synchronized (verdicts) {
        if (!world.equals(verdictsWorld)) {
          verdicts.clear();
          verdictsWorld = world;
        }
      }
    }

    @Override
    LinkVerdicts links(PageFacts page, Function<PageFacts, LinkVerdicts> compute) {
      LinkVerdicts known = verdicts.get(page);
      if (known != null) {
        return known;
      }
      LinkVerdicts fresh = compute.apply(page);
      verdicts.put(page, fresh);
      return fresh;
    }

    @Override
    boolean remembersLinks() {
      return true;
    }

    @Override
    PageFacts check(String file, byte[] html, SourcePosition source, Diagnostics out,
        Function<Diagnostics, PageFacts> checker) {
      Entry known = entries.get(file);
      // A page reused by the render cache is the same array: no need to compare its bytes.
      if (known != null && known.source().equals(source)
          && (known.html() == html || java.util.Arrays.equals(known.html(), html))) {
        known.diagnostics().forEach(out::add);
        return known.facts();
      }
      Diagnostics own = new Diagnostics();
      PageFacts facts = checker.apply(own);
      List<Diagnostic> found = own.sorted();
      found.forEach(out::add);
      entries.put(file, new Entry(html, source, facts, found));
      return facts;
    }
  }
}
