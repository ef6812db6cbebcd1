package dev.lectern.pipeline;

import dev.lectern.content.GitDates;
import dev.lectern.content.GitState;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.diagnostic.SourcePosition;
import dev.lectern.memo.Digester;
import dev.lectern.memo.Memo;
import dev.lectern.site.PageDates;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

/**
 * The last-commit dates of pages, remembered under the fingerprint of the checkout's commit
 * state, so git runs again only after a commit (or a fetch into a shallow clone).
 */
final class Dates {
  private Dates() {}

  static PageDates of(Path source, String contentDir, BuildOptions options, Memo memo,
      Diagnostics out) {
    if (!options.gitDates()) {
      return PageDates.none();
    }
    Map<String, LocalDate> dates = memo.<Map<String, LocalDate>>table("git dates").get(
        Digester.of("git dates", source.toString(), contentDir, GitState.of(source)), out, own -> {
          if (GitDates.isShallow(source)) {
            // A shallow clone has one commit: every date would be the date of the clone.
            own.warning(SourcePosition.of(contentDir.isEmpty() ? "." : contentDir), Build.SHALLOW_CLONE,
                "fetch the whole history: 'git fetch --unshallow', or 'fetch-depth: 0' for "
                    + "actions/checkout");
            return Map.of();
          }
          return GitDates.lastCommits(source, contentDir);
        });
    return new PageDates(dates);
  }
}
