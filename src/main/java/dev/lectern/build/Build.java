package dev.lectern.build;

import dev.lectern.check.OutputChecks;
import dev.lectern.config.ConfigLoader;
import dev.lectern.config.SiteConfig;
import dev.lectern.content.ContentLoader;
import dev.lectern.content.ContentSet;
import dev.lectern.content.GitDates;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.diagnostic.SourcePosition;
import dev.lectern.markdown.MarkdownEngine;
import dev.lectern.markdown.ParsedMarkdown;
import dev.lectern.output.OutputTree;
import dev.lectern.output.SiteWriter;
import dev.lectern.render.Assets;
import dev.lectern.render.PageRenderer;
import dev.lectern.render.SiteSkeleton;
import dev.lectern.render.Templates;
import dev.lectern.search.SiteSearch;
import dev.lectern.seo.SiteFiles;
import dev.lectern.site.PageDates;
import dev.lectern.site.Site;
import dev.lectern.site.SiteAssembler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The whole pipeline, in order: load config → load content → parse Markdown → assemble the site
 * → render pages → gather output → check it → write atomically. Each stage reports every problem it finds;
 * the build stops after a stage with errors, because the next stage would only report echoes.
 */
public final class Build {
  /** The warning for a shallow clone, where git cannot date pages. */
  public static final String SHALLOW_CLONE = "this is a shallow git clone, so the last-updated "
      + "dates of pages come from front matter only";

  private final Progress progress;
  private final BuildCache cache;

  /**
   * A build that reuses what {@code cache} remembers: pass one {@link BuildCache#acrossBuilds()}
   * to many builds of a site (as {@code serve} does).
   */
  public Build(Progress progress, BuildCache cache) {
    this.progress = progress;
    this.cache = cache;
  }

  public Build(Progress progress) {
    this(progress, null);
  }

  public Build() {
    this(new Progress());
  }

  /** Builds in memory; nothing is written. Throws with every diagnostic if there are errors. */
  public BuildResult render(BuildOptions options) {
    return render(options, cache != null ? cache : BuildCache.forOneBuild());
  }

  private BuildResult render(BuildOptions options, BuildCache reuse) {
    return render(options, reuse, outputDir -> new OutputTree());
  }

  /**
   * @param treeFor the tree to gather the output in, given the output folder: in memory, or
   *     spilling into a staging folder as {@link #run} does
   */
  private BuildResult render(BuildOptions options, BuildCache reuse,
      java.util.function.Function<Path, OutputTree> treeFor) {
    Diagnostics diagnostics = new Diagnostics();
    Path source = options.source().toAbsolutePath().normalize();

    progress.stage("loading", 0);
    SiteConfig config = ConfigLoader.load(source, diagnostics).orElse(null);
    diagnostics.throwIfErrors();
    config = applyBaseUrl(config, options, diagnostics);
    Path outputDir = OutputLocation.resolve(source, config, options.output(), diagnostics);
    diagnostics.throwIfErrors();
    ContentSet content = ContentLoader.load(source, config, options.drafts(), diagnostics,
        reuse.loads());
    diagnostics.throwIfErrors();

    progress.stage("parsing", content.pages().size());
    MarkdownEngine markdown = new MarkdownEngine(config.markdown(),
        reuse.highlighter(source, options.diskCache()));
    SiteConfig.MarkdownOptions markdownOptions = config.markdown();
    List<ParsedMarkdown> parsed = content.pages().parallelStream()
        .map(page -> {
          ParsedMarkdown p = reuse.parse(markdown, markdownOptions, page, diagnostics);
          progress.advance();
          return p;
        }).toList();
    reuse.retainPages(content.pages().stream().map(p -> p.contentPath())
        .collect(java.util.stream.Collectors.toSet()));

    progress.stage("assembling", 0);
    // Pages are placed before any is rendered: relative links need every page's URL.
    PageDates dates = new PageDates(gitDates(source, options, diagnostics, reuse));
    Site site = SiteAssembler.assemble(config, parsed, content.staticFiles(), dates, diagnostics)
        .orElse(null);
    diagnostics.throwIfErrors();

    // Built before the render stage, which rewrites the documents' links.
    progress.stage("indexing", 0);
    Map<String, byte[]> searchIndex = SiteSearch.files(site, reuse.searchPages());
    Assets assets = loadAssets(source, options.fingerprints());

    progress.stage("rendering", site.pages().size());
    Templates templates = new Templates(source, config, assets);
    String skeleton = reuse.keepsPages()
        ? SiteSkeleton.of(site, source, assets, reuse.skeletons()) : "";
    OutputAssembler output = new OutputAssembler(treeFor.apply(outputDir), diagnostics);
    Map<String, String> descriptions = new PageRenderer(site, markdown, templates,
        reuse.renders(), skeleton).renderAll(diagnostics, progress::advance, output::page);
    diagnostics.throwIfErrors();

    progress.stage("gathering output", 0);
    output.texts(SiteFiles.of(site, descriptions));
    output.assets(assets);
    output.files(searchIndex, "the search index");
    output.staticFiles(content.staticFiles());
    diagnostics.throwIfErrors();

    // The output is linted before it replaces the site: a broken template fails the build.
    progress.stage("checking", 0);
    OutputChecks.run(site, output.tree(), diagnostics, reuse.checks(), templates::locate);
    diagnostics.throwIfErrors();
    return new BuildResult(output.tree(), diagnostics.sorted(), site.pages().size(), outputDir,
        config.basePath());
  }

  /** Builds and, only if everything succeeded, replaces the output folder. */
  public BuildResult run(BuildOptions options) {
    BuildCache reuse = cache != null ? cache : BuildCache.forOneBuild();
    // Files go into a staging folder beside the output as they are made, and the folder is
    // swapped in only when everything succeeded; on failure it is deleted.
    Path[] staging = new Path[1];
    try {
      BuildResult result = render(options, reuse, outputDir -> {
        try {
          staging[0] = SiteWriter.stagingFolder(outputDir);
        } catch (IOException e) {
          throw new UncheckedIOException("could not create a folder beside " + outputDir, e);
        }
        return OutputTree.spillingTo(staging[0]);
      });
      progress.stage("writing", 0);
      SiteWriter.write(result.tree(), result.outputDir());
      reuse.saveDiskCache();
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

  /** Last-commit dates, unless turned off or meaningless (a shallow clone, with one commit). */
  private static Map<String, LocalDate> gitDates(
      Path source, BuildOptions options, Diagnostics diagnostics, BuildCache reuse) {
    if (!options.gitDates()) {
      return Map.of();
    }
    if (reuse.gitShallow(() -> GitDates.isShallow(source))) {
      diagnostics.warning(SourcePosition.of(ContentLoader.FOLDER), SHALLOW_CLONE,
          "fetch the whole history: 'git fetch --unshallow', or 'fetch-depth: 0' for "
              + "actions/checkout");
      return Map.of();
    }
    return reuse.gitDates(() -> GitDates.lastCommits(source));
  }

  private static Assets loadAssets(Path source, boolean fingerprints) {
    try {
      return Assets.load(source, Map.of(), fingerprints);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + source.resolve(Assets.FOLDER), e);
    }
  }

  private static SiteConfig applyBaseUrl(
      SiteConfig config, BuildOptions options, Diagnostics diagnostics) {
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
