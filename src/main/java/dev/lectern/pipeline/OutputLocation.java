package dev.lectern.pipeline;

import dev.lectern.config.SiteConfig;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.diagnostic.SourcePosition;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where the site is written, and the guard that keeps the atomic swap from ever replacing the
 * sources: the output may not be the source root, contain it, or lie inside the content or static
 * folder, templates or assets.
 */
final class OutputLocation {
  private static final List<String> SOURCE_FOLDERS = List.of("templates", "assets");

  private OutputLocation() {}

  static Path resolve(Path source, SiteConfig config, Optional<Path> override, Diagnostics out) {
    Path dir = override.orElse(source.resolve(config.output())).toAbsolutePath().normalize();
    String from = override.isPresent() ? "--out" : config.sources().configFile();
    List<String> folders = new java.util.ArrayList<>(SOURCE_FOLDERS);
    if (!config.sources().contentDir().isEmpty()) {
      folders.add(config.sources().contentDir());  // (the whole folder: the output is left out)
    }
    if (!config.sources().staticDir().isEmpty()) {
      folders.add(config.sources().staticDir());
    }
    boolean clash = source.startsWith(dir)
        || folders.stream().anyMatch(f -> dir.startsWith(source.resolve(f).normalize()));
    if (clash) {
      out.error(SourcePosition.of(from), "output folder " + dir
          + " would replace the site's sources",
          "choose a separate folder such as 'site' (the whole folder is replaced on each build)");
    }
    return dir;
  }
}
