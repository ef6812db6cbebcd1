package dev.lectern.cli;

import dev.lectern.pipeline.BuildOptions;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options every command that builds a site shares: where it is and how to build it. */
final class SiteOptions {
  @Option(names = "--source", paramLabel = "DIR", defaultValue = ".",
      description = "The site's folder, holding site.yml and content/ (default: current folder).")
  Path source;

  @Option(names = "--base-url", paramLabel = "URL",
      description = "The URL the site is published at; overrides site.yml's base_url.")
  String baseUrl;

  @Option(names = "--drafts", description = "Include pages marked 'draft: true'.")
  boolean drafts;

  @Option(names = "--verbose", description = "Show stack traces of internal errors.")
  boolean verbose;

  @Option(names = "--no-cache",
      description = "Neither read nor write highlighted code in .lectern-cache/.")
  boolean noCache;

  BuildOptions toBuildOptions(Path out) {
    BuildOptions options = new BuildOptions(source, Optional.ofNullable(out),
        Optional.ofNullable(baseUrl), drafts, true);
    return noCache ? options.withoutDiskCache() : options;
  }
}
