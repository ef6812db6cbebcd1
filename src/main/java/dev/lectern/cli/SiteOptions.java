package dev.lectern.cli;

import dev.lectern.config.SiteConfig;
import dev.lectern.pipeline.BuildOptions;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine;
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
      description = "Neither read nor write the build cache in .lectern-cache/ (parsed, "
          + "highlighted, indexed, rendered and checked pages).")
  boolean noCache;

  @Option(names = "--links", paramLabel = "error|warn", converter = LinkModeConverter.class,
      description = "Whether broken internal links and anchors fail the build (error) or are "
          + "reported as warnings (warn); overrides site.yml's 'links'.")
  SiteConfig.LinkMode links;

  BuildOptions toBuildOptions(Path out) {
    BuildOptions options = new BuildOptions(source, Optional.ofNullable(out),
        Optional.ofNullable(baseUrl), drafts, true);
    options = links == null ? options : options.withLinks(links);
    return noCache ? options.withoutDiskCache() : options;
  }

  /** {@code --links=error} or {@code --links=warn}; anything else is a usage error. */
  static final class LinkModeConverter implements CommandLine.ITypeConverter<SiteConfig.LinkMode> {
    @Override
    public SiteConfig.LinkMode convert(String value) {
      return switch (value.toLowerCase(java.util.Locale.ROOT)) {
        case "error" -> SiteConfig.LinkMode.ERROR;
        case "warn" -> SiteConfig.LinkMode.WARN;
        default -> throw new CommandLine.TypeConversionException(
            "'" + value + "' is not a links mode: use error or warn");
      };
    }
  }
}
