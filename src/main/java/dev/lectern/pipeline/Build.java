package dev.lectern.pipeline;

import dev.lectern.check.OutputChecks;
import dev.lectern.config.ConfigLoader;
import dev.lectern.config.SiteConfig;
import dev.lectern.content.ContentLoader;
import dev.lectern.content.ContentSet;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.diagnostic.LinkReports;
import dev.lectern.diagnostic.SourcePosition;
import dev.lectern.extend.ExtensionSet;
import dev.lectern.markdown.ParsedMarkdown;
import dev.lectern.markdown.code.UnknownLanguages;
import dev.lectern.memo.FileSnapshot;
import dev.lectern.memo.Memo;
import dev.lectern.output.OutputTree;
import dev.lectern.output.SiteWriter;
import dev.lectern.render.AssetNames;
import dev.lectern.render.Assets;
import dev.lectern.render.SiteContext;
import dev.lectern.render.TemplateSet;
import dev.lectern.render.Templates;
import dev.lectern.search.SiteSearch;
import dev.lectern.seo.Redirects;
import dev.lectern.seo.SiteFiles;
import dev.lectern.site.PageLinks;
import dev.lectern.site.SiteAssembler;
import dev.lectern.site.SiteAssembler.Assembled;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The whole pipeline, in order: load (config, extensions, content, templates) → parse →
 * assemble (the site, and where every link points) → render → gather output → check → write
 * atomically. Each stage reports every problem it finds. Errors in the configuration or the
 * extensions stop the build at once, as everything after depends on them; a file's errors do
 * not: a page whose front matter is broken is left out (links to it go unchecked), every other
 * page goes through every stage, and the build fails at the end with the whole list. Every cache
 * is the one {@link Memo}: each stage's results are kept under the fingerprint of the stage's
 * input.
 */
public final class Build {
  /** The warning for a shallow clone, where git cannot date pages. */
  public static final String SHALLOW_CLONE = "this is a shallow git clone, so the last-updated "
      + "dates of pages come from front matter only";

  private final Progress progress;
  private final Memo memo;
  private CacheFiles cacheFiles;

  /**
   * A build that reuses what {@code memo} remembers: pass one {@link Memo#acrossBuilds()} to
   * many builds of a site (as {@code serve} does).
   */
  public Build(Progress progress, Memo memo) {
    this.progress = progress;
    this.memo = memo;
  }

  public Build(Progress progress) {
    this(progress, Memo.forOneBuild());
  }

  public Build() {
    this(new Progress());
  }

  /** Builds in memory; nothing is written. Throws with every diagnostic if there are errors. */
  public BuildResult render(BuildOptions options) {
    return render(options, outputDir -> new OutputTree());
  }

  /**
   * @param treeFor the tree to gather the output in, given the output folder: in memory, or
   *     spilling into a staging folder as {@link #run} does
   */
  private BuildResult render(BuildOptions options, Function<Path, OutputTree> treeFor) {
    memo.beginBuild();
    boolean succeeded = false;
    try {
      BuildResult result = stages(options, treeFor);
      succeeded = true;
      return result;
    } finally {
      memo.endBuild(succeeded);
    }
  }

  private BuildResult stages(BuildOptions options, Function<Path, OutputTree> treeFor) {
    Diagnostics diagnostics = new Diagnostics();
    Path source = options.source().toAbsolutePath().normalize();
    attachCacheFiles(source, options);

    // The configuration and the extensions shape everything after them: their errors stop here.
    progress.stage("loading", 0);
    Setup setup = setUp(source, options, diagnostics);
    SiteConfig config = setup.config();
    // From here on, a file's problems do not stop the others' stages: a page whose front
    // matter is broken is left out, and every other page is parsed, placed and checked.
    ContentSet content = ContentLoader.load(source, config, options.drafts(), diagnostics, memo);
    TemplateSet templates = TemplateSet.read(source);

    progress.stage("parsing", content.pages().size());
    List<ParsedMarkdown> parsed = new ParseStage(memo, config, setup.extensions(),
        FileSnapshot.of(source), Optional.ofNullable(cacheFiles).map(CacheFiles::parses))
        .parseAll(content, diagnostics, progress::advance);
    Seals seals = Seals.of(parsed);
    // Once per build, not per page: a site that uses an unknown language uses it everywhere.
    UnknownLanguages.report(parsed, dev.lectern.highlight.PrismHighlighter.shared().knownTags(),
        diagnostics);

    progress.stage("assembling", 0);
    // Pages are placed before any is rendered: relative links need every page's URL.
    Assembled assembled = SiteAssembler.assemble(config, parsed, content,
        Dates.of(source, config.sources().contentDir(), options, memo, diagnostics),
        setup.links(), diagnostics).orElse(null);
    if (assembled == null) {
      diagnostics.throwIfErrors();  // two pages at one URL: there is no site to go on with
    }
    Map<String, PageLinks> pageLinks = LinkStage.resolveAll(assembled, setup.links(),
        diagnostics);

    // The search index needs only the assembled site: it is built alongside rendering, on the
    // core a rebuild of a few pages leaves idle (in turn when each stage is timed).
    Supplier<Map<String, byte[]>> index = () -> SiteSearch.files(assembled.site(),
        assembled.documents(), memo);
    CompletableFuture<Map<String, byte[]>> searchIndex;
    if (progress.stagesInTurn()) {
      progress.stage("indexing", 0);
      searchIndex = CompletableFuture.completedFuture(index.get());
    } else {
      searchIndex = CompletableFuture.supplyAsync(() -> progress.alongside("indexing", index));
    }
    try {
      OutputTree tree = renderAndCheck(new Inputs(source, options, setup, templates, content),
          new OutputAssembler(treeFor.apply(setup.outputDir()), diagnostics), assembled,
          pageLinks, searchIndex, diagnostics);
      seals.verify(parsed);
      diagnostics.throwIfErrors();
      return new BuildResult(tree, diagnostics.sorted(), assembled.site().pages().size(),
          setup.outputDir(), config.basePath(), setup.links().downgraded());
    } finally {
      // A failed build leaves no work running: the next one (serve) uses the same memo.
      searchIndex.exceptionally(e -> null).join();
    }
  }

  /** What the build read before assembling the site. */
  private record Inputs(Path source, BuildOptions options, Setup setup, TemplateSet templates,
      ContentSet content) {}

  /** Renders every page into {@code output}, gathers the rest and checks it all. */
  private OutputTree renderAndCheck(Inputs in, OutputAssembler output, Assembled assembled,
      Map<String, PageLinks> pageLinks, CompletableFuture<Map<String, byte[]>> searchIndex,
      Diagnostics diagnostics) {
    Setup setup = in.setup();
    Assets assets = loadAssets(in.source(), in.options().fingerprints());
    SiteContext context = SiteContext.of(assembled.site(), AssetNames.of(assets),
        in.templates(), setup.extensions(),
        in.options().fingerprints() ? "lectern" : "lectern, serving");

    progress.stage("rendering", assembled.site().pages().size());
    Map<String, String> descriptions = new RenderStage(memo, context, setup.extensions(),
        highlighting()).renderAll(assembled, pageLinks, diagnostics, progress::advance,
        output::page);
    if (!renderedEveryPage(assembled.site(), output.tree())) {
      // A template failed: the check stage would only report the pages it did not write.
      diagnostics.throwIfErrors();
    }

    progress.stage("gathering output", 0);
    output.all(assembled, descriptions, assets, joined(searchIndex), in.content(),
        setup.extensions());

    // The output is linted before it replaces the site: a broken template fails the build.
    progress.stage("checking", 0);
    OutputChecks.run(assembled.site(), output.tree(), LinkStage.origins(assembled, pageLinks),
        LinkStage.unchecked(pageLinks), setup.links(), diagnostics, memo,
        needle -> Templates.locate(in.templates(), needle));
    return output.tree();
  }

  /** The value of work done alongside; its failure rethrown as it was thrown. */
  private static <T> T joined(CompletableFuture<T> work) {
    try {
      return work.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  /** What the configuration decides before any page is read. */
  private record Setup(SiteConfig config, Path outputDir, ExtensionSet extensions,
      LinkReports links) {}

  /** The configuration (with the command line's options), the output folder, the extensions. */
  private static Setup setUp(Path source, BuildOptions options, Diagnostics diagnostics) {
    SiteConfig config = ConfigLoader.load(source, Extensions.availableNames(), diagnostics)
        .orElse(null);
    diagnostics.throwIfErrors();
    config = applyOptions(config, options, diagnostics);
    Path outputDir = OutputLocation.resolve(source, config, options.output(), diagnostics);
    Path contentRoot = source.resolve(config.sources().contentDir()).normalize();
    if (outputDir.startsWith(contentRoot) && !outputDir.equals(contentRoot)) {
      // An output folder inside the content folder is never read as content.
      config = config.withSources(config.sources().excluding(
          contentRoot.relativize(outputDir).toString().replace('\\', '/')));
    }
    ExtensionSet extensions = Extensions.load(source, config, diagnostics);
    diagnostics.throwIfErrors();
    return new Setup(config, outputDir, extensions,
        new LinkReports(config.links() == SiteConfig.LinkMode.WARN));
  }

  private static boolean renderedEveryPage(dev.lectern.site.Site site, OutputTree tree) {
    return site.allPages().stream().allMatch(p -> tree.contains(p.outputFile()))
        && tree.contains(dev.lectern.render.PageRenderer.NOT_FOUND_FILE);
  }

  /** Builds and, only if everything succeeded, replaces the output folder. */
  public BuildResult run(BuildOptions options) {
    // Files go into a staging folder beside the output as they are made, and the folder is
    // swapped in only when everything succeeded; on failure it is deleted.
    Path[] staging = new Path[1];
    try {
      BuildResult result = render(options, outputDir -> {
        try {
          staging[0] = SiteWriter.stagingFolder(outputDir);
        } catch (IOException e) {
          throw new UncheckedIOException("could not create a folder beside " + outputDir, e);
        }
        return OutputTree.spillingTo(staging[0]);
      });
      progress.stage("writing", 0);
      SiteWriter.write(result.tree(), result.outputDir());
      saveDiskCache();
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the output", e);
    } finally {
      if (staging[0] != null) {
        try {
          SiteWriter.deleteTree(staging[0]);
        } catch (IOException ignored) {
          // best effort: a leftover staging folder is hidden and replaced next time
        }
      }
    }
  }

  /** Writes the cache files with what the builds used, if there are any. */
  public synchronized void saveDiskCache() {
    if (cacheFiles != null) {
      cacheFiles.save();
    }
  }

  /** Backs the memo with the site's cache files, once, unless the build asks for none. */
  private synchronized void attachCacheFiles(Path source, BuildOptions options) {
    if (options.diskCache() && cacheFiles == null) {
      cacheFiles = CacheFiles.attach(memo, source);
    }
  }

  private dev.lectern.highlight.Highlighting highlighting() {
    return new dev.lectern.highlight.Highlighting(dev.lectern.highlight.PrismHighlighter.shared(),
        memo.table("highlight"));
  }

  private static Assets loadAssets(Path source, boolean fingerprints) {
    try {
      return Assets.load(source, Map.of(), fingerprints);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + source.resolve(Assets.FOLDER), e);
    }
  }

  /** The configuration with the command line's {@code --base-url} and {@code --links}. */
  private static SiteConfig applyOptions(
      SiteConfig config, BuildOptions options, Diagnostics diagnostics) {
    if (options.links().isPresent()) {
      config = config.withLinks(options.links().get());
    }
    if (options.baseUrl().isEmpty()) {
      return config;
    }
    String raw = options.baseUrl().get();
    URI url = ConfigLoader.parseBaseUrl(raw).orElse(null);
    if (url == null) {
      diagnostics.error(SourcePosition.of("--base-url"),
          "'" + raw + "' is not an absolute http(s) URL", "e.g. --base-url https://owner.github.io/repo/");
      diagnostics.throwIfErrors();
    }
    return config.withBaseUrl(url);
  }

  /** Convenience for tests and tools: the tree of a site built in memory. */
  public static OutputTree renderTree(BuildOptions options) {
    return new Build().render(options).tree();
  }
}
