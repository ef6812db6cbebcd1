package dev.lectern.pipeline;

import dev.lectern.config.SiteConfig;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What to build.
 *
 * @param source the site's source root (holding site.yml, content/, templates/, assets/)
 * @param output the output folder; empty means site.yml's {@code output}, relative to the source
 * @param baseUrl overrides site.yml's {@code base_url}
 * @param drafts include pages with {@code draft: true}
 * @param gitDates date pages without front-matter dates by their last git commit
 * @param fingerprints publish assets under names with a hash of their content; off in
 *     {@code serve}, where a changed search index must not change every page that links to it
 * @param diskCache read and keep highlighted code in {@code .lectern-cache/} (never changes the
 *     output; off with {@code --no-cache})
 * @param links overrides site.yml's {@code links} (the command line's {@code --links})
 */
public record BuildOptions(Path source, Optional<Path> output, Optional<String> baseUrl,
    boolean drafts, boolean gitDates, boolean fingerprints, boolean diskCache,
    Optional<SiteConfig.LinkMode> links) {

  public BuildOptions(Path source, Optional<Path> output, Optional<String> baseUrl,
      boolean drafts, boolean gitDates) {
    this(source, output, baseUrl, drafts, gitDates, true, true, Optional.empty());
  }

  /** With broken links and anchors reported as {@code mode} says, whatever site.yml says. */
  public BuildOptions withLinks(SiteConfig.LinkMode mode) {
    return new BuildOptions(source, output, baseUrl, drafts, gitDates, fingerprints, diskCache,
        Optional.of(mode));
  }

  /** Without the on-disk highlight cache: nothing read from or written to it. */
  public BuildOptions withoutDiskCache() {
    return new BuildOptions(source, output, baseUrl, drafts, gitDates, fingerprints, false, links);
  }

  public static BuildOptions of(Path source) {
    return new BuildOptions(source, Optional.empty(), Optional.empty(), false, true);
  }

  /** Assets under their own names, for a development server. */
  public BuildOptions withoutFingerprints() {
    return new BuildOptions(source, output, baseUrl, drafts, gitDates, false, diskCache, links);
  }

  public BuildOptions withOutput(Path out) {
    return new BuildOptions(source, Optional.of(out), baseUrl, drafts, gitDates, fingerprints,
        diskCache, links);
  }

  public BuildOptions withBaseUrl(String url) {
    return new BuildOptions(source, output, Optional.of(url), drafts, gitDates, fingerprints,
        diskCache, links);
  }

  public BuildOptions withDrafts(boolean on) {
    return new BuildOptions(source, output, baseUrl, on, gitDates, fingerprints, diskCache, links);
  }

  /** Without git dates, e.g. for golden tests whose expected output must not follow commits. */
  public BuildOptions withoutGitDates() {
    return new BuildOptions(source, output, baseUrl, drafts, false, fingerprints, diskCache,
        links);
  }
}
