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
      PageFacts check(String file, String html, SourcePosition source, Diagnostics out,
          Function<Diagnostics, PageFacts> checker) {
        return checker.apply(out);
      }
    };
  }

  /** Remembers each page's last check. */
  public static PageCheckCache remembering() {
    return new Remembering();
  }

  abstract PageFacts check(String file, String html, SourcePosition source, Diagnostics out,
      Function<Diagnostics, PageFacts> checker);

  private static final class Remembering extends PageCheckCache {
    private record Entry(String html, SourcePosition source, PageFacts facts,
        List<Diagnostic> diagnostics) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    @Override
    PageFacts check(String file, String html, SourcePosition source, Diagnostics out,
        Function<Diagnostics, PageFacts> checker) {
      Entry known = entries.get(file);
      if (known != null && known.source().equals(source) && known.html().equals(html)) {
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
