package dev.lectern.content;

import dev.lectern.config.SiteConfig;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.diagnostic.SourcePosition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The landing page of each folder, and the error of a folder that has two. */
final class Landings {
  private Landings() {}

  /**
   * Reports every folder with more than one landing page ({@code _index.md}, {@code index.md},
   * {@code README.md}); returns the ones that lose to the first in that order, which are not
   * read.
   */
  static Set<String> reportTwins(Set<String> markdownPaths, SiteConfig.Sources sources,
      Diagnostics out) {
    Map<String, List<String>> byFolder = new TreeMap<>();
    for (String path : markdownPaths) {
      if (PageKind.isLanding(path)) {
        int slash = path.lastIndexOf('/');
        byFolder.computeIfAbsent(slash < 0 ? "" : path.substring(0, slash),
            k -> new ArrayList<>()).add(path);
      }
    }
    Set<String> losers = new TreeSet<>();
    byFolder.forEach((folder, landings) -> {
      if (landings.size() > 1) {
        landings.sort(Comparator.comparing((String p) -> PageKind.landingRank(p).orElse(9))
            .thenComparing(p -> p));
        for (String twin : landings.subList(1, landings.size())) {
          losers.add(twin);
          out.error(new SourcePosition(sources.file(twin), 1, 1), "the folder "
              + (folder.isEmpty() ? (sources.contentDir().isEmpty() ? "." : sources.contentDir())
                  : sources.file(folder))
              + " has two landing pages, " + sources.file(landings.get(0)) + " and "
              + sources.file(twin), "keep one of them: a folder's page is _index.md, else "
              + "index.md, else README.md");
        }
      }
    });
    return losers;
  }
}
