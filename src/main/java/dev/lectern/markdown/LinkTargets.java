package dev.lectern.markdown;

import java.util.Optional;
import java.util.Set;

/** What relative links in content can point at, as known to the site model. */
public interface LinkTargets {

  /** The root-relative URL of a page by content path ({@code python/01-generators.md}). */
  Optional<String> pageUrl(String contentPath);

  /** The root-relative URL of a static file by content path ({@code python/img/a.png}). */
  Optional<String> fileUrl(String contentPath);

  /** Every content path that can be linked, for "did you mean" hints. */
  Set<String> allPaths();
}
