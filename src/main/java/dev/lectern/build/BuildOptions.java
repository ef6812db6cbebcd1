package dev.lectern.build;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What to build.
 *
 * @param source the site's source root (holding site.yml, content/, templates/, assets/)
 * @param output the output folder; empty means site.yml's {@code output}, relative to the source
 * @param baseUrl overrides site.yml's {@code base_url}
 * @param drafts include pages with {@code draft: true}
 */
public record BuildOptions(
    Path source, Optional<Path> output, Optional<String> baseUrl, boolean drafts) {

  public static BuildOptions of(Path source) {
    return new BuildOptions(source, Optional.empty(), Optional.empty(), false);
  }

  public BuildOptions withOutput(Path out) {
    return new BuildOptions(source, Optional.of(out), baseUrl, drafts);
  }

  public BuildOptions withBaseUrl(String url) {
    return new BuildOptions(source, output, Optional.of(url), drafts);
  }

  public BuildOptions withDrafts(boolean on) {
    return new BuildOptions(source, output, baseUrl, on);
  }
}
