package dev.lectern.build;

import dev.lectern.check.PageCheckCache;
import dev.lectern.config.SiteConfig.MarkdownOptions;
import dev.lectern.content.LoadCache;
import dev.lectern.content.SourcePage;
import dev.lectern.diagnostic.Diagnostic;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.highlight.CachingHighlighter;
import dev.lectern.highlight.DiskCache;
import dev.lectern.highlight.Highlighter;
import dev.lectern.highlight.PrismHighlighter;
import dev.lectern.markdown.LinkSnapshot;
import dev.lectern.markdown.MarkdownEngine;
import dev.lectern.markdown.ParsedMarkdown;
import dev.lectern.render.RenderCache;
import dev.lectern.render.SiteSkeleton;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one build may reuse from the builds before it in the same process (as {@code serve}
 * does): highlighted code by language and text, parsed pages by their exact source, and the
 * checks of pages whose HTML came out the same. Every entry is keyed by all of its inputs, so a
 * build with a warm cache produces exactly the output of a cold one. Thread-safe.
 */
public final class BuildCache {
  private final boolean keepPages;
  private final Map<String, ParsedEntry> parsed = new ConcurrentHashMap<>();
  private final PageCheckCache checks;
  private final RenderCache renders;
  private final LoadCache loads;
  private final SiteSkeleton.Memo skeletons = new SiteSkeleton.Memo();
  private final Map<String, dev.lectern.search.SiteSearch.Remembered> searchPages =
      new ConcurrentHashMap<>();
  private Highlighter highlighter;
  private DiskCache disk;

  private BuildCache(boolean keepPages) {
    this.keepPages = keepPages;
    this.checks = keepPages ? PageCheckCache.remembering() : PageCheckCache.none();
    this.renders = keepPages ? RenderCache.remembering() : RenderCache.none();
    this.loads = keepPages ? LoadCache.remembering() : LoadCache.none();
  }

  private Boolean shallow;
  private Map<String, java.time.LocalDate> lastCommits;

  /**
   * Whether the site is in a shallow clone; asked once by a cache for many builds (a clone does
   * not become shallow while serve runs).
   */
  synchronized boolean gitShallow(java.util.function.BooleanSupplier ask) {
    if (!keepPages || shallow == null) {
      shallow = ask.getAsBoolean();
    }
    return shallow;
  }

  /**
   * The last commit of every content file; read once by a cache for many builds, because only a
   * commit changes them, and a running git costs more than a rebuild's budget.
   */
  synchronized Map<String, java.time.LocalDate> gitDates(
      java.util.function.Supplier<Map<String, java.time.LocalDate>> read) {
    if (!keepPages || lastCommits == null) {
      lastCommits = read.get();
    }
    return lastCommits;
  }

  RenderCache renders() {
    return renders;
  }

  /** Search-index entries by page: kept across builds only by a cache for many builds. */
  Map<String, dev.lectern.search.SiteSearch.Remembered> searchPages() {
    return keepPages ? searchPages : new ConcurrentHashMap<>();
  }

  boolean keepsPages() {
    return keepPages;
  }

  /**
   * A cache for one build: code blocks that repeat are highlighted once, and blocks highlighted
   * by an earlier build are read from the on-disk cache when the build uses it.
   */
  public static BuildCache forOneBuild() {
    return new BuildCache(false);
  }

  /** A cache for many builds of one site, such as those of {@code serve}. */
  public static BuildCache acrossBuilds() {
    return new BuildCache(true);
  }

  /** The highlighter, made on first use: over the on-disk cache of {@code source} if asked. */
  synchronized Highlighter highlighter(java.nio.file.Path source, boolean useDisk) {
    if (highlighter == null) {
      Highlighter base = PrismHighlighter.shared();
      if (useDisk) {
        disk = DiskCache.open(base, source);
        base = disk;
      }
      // Across builds, blocks are remembered in memory too. One build highlights each page's
      // blocks once; the same block on two pages is rare, and keeping every block's HTML until
      // the build ends would cost hundreds of megabytes on a large site.
      highlighter = keepPages ? new CachingHighlighter(base) : base;
    }
    return highlighter;
  }

  /** Writes the on-disk highlight cache with the blocks the builds used, if there is one. */
  public synchronized void saveDiskCache() {
    if (disk != null) {
      disk.save();
    }
  }

  SiteSkeleton.Memo skeletons() {
    return skeletons;
  }

  LoadCache loads() {
    return loads;
  }

  PageCheckCache checks() {
    return checks;
  }

  private record ParsedEntry(SourcePage source, MarkdownOptions options, ParsedMarkdown page,
      LinkSnapshot links, List<Diagnostic> diagnostics) {}

  /** {@code page} parsed, or its earlier parse if its source and options are unchanged. */
  ParsedMarkdown parse(MarkdownEngine engine, MarkdownOptions options, SourcePage page,
      Diagnostics out) {
    if (!keepPages) {
      return engine.parse(page, out);
    }
    ParsedEntry known = parsed.get(page.contentPath());
    if (known != null && known.source().equals(page) && known.options().equals(options)) {
      known.links().restore(known.page());
      known.diagnostics().forEach(out::add);
      return known.page();
    }
    Diagnostics own = new Diagnostics();
    ParsedMarkdown fresh = engine.parse(page, own);
    List<Diagnostic> found = own.sorted();
    found.forEach(out::add);
    parsed.put(page.contentPath(), new ParsedEntry(page, options, fresh,
        LinkSnapshot.of(fresh), found));
    return fresh;
  }

  /** Forgets pages that are no longer part of the site. */
  void retainPages(java.util.Set<String> contentPaths) {
    parsed.keySet().retainAll(contentPaths);
  }
}
