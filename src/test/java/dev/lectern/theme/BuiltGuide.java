package dev.lectern.theme;

import dev.lectern.pipeline.Build;
import dev.lectern.pipeline.BuildOptions;
import dev.lectern.pipeline.BuildResult;
import dev.lectern.testing.BrowserSession;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;

/** The bundled guide, built once per test run in memory, for the theme's browser tests. */
final class BuiltGuide {
  static final String BASE = "/lectern/";
  private static SortedMap<String, byte[]> files;

  private BuiltGuide() {}

  static synchronized SortedMap<String, byte[]> files() {
    if (files == null) {
      BuildResult result = new Build().render(BuildOptions.of(Path.of("").toAbsolutePath())
          .withoutDiskCache().withoutGitDates());
      files = result.tree().files();
    }
    return files;
  }

  /** A browser looking at the guide. */
  static BrowserSession browser() {
    return BrowserSession.open(files(), BASE);
  }

  /** Site paths of every chapter page (the pages with an "article" og:type). */
  static List<String> chapters() {
    return files().entrySet().stream()
        .filter(e -> e.getKey().endsWith("/index.html") && new String(e.getValue(),
            java.nio.charset.StandardCharsets.UTF_8).contains("og:type\" content=\"article\""))
        .map(e -> e.getKey().substring(0, e.getKey().length() - "index.html".length()))
        .toList();
  }
}
