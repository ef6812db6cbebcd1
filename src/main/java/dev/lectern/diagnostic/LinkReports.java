package dev.lectern.diagnostic;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where broken internal links and anchors go: errors by default, warnings when the site says
 * {@code links: warn} (or the command line {@code --links=warn}), counted so the summary can say
 * how many were downgraded. Thread-safe.
 */
public final class LinkReports {
  private final boolean warn;
  private final Set<Diagnostic> downgraded = ConcurrentHashMap.newKeySet();

  /** @param warn true to report broken links as warnings */
  public LinkReports(boolean warn) {
    this.warn = warn;
  }

  /** Reports a broken link or anchor at {@code at}. */
  public void report(Diagnostics out, SourcePosition at, String message, String hint) {
    if (warn) {
      Diagnostic d = Diagnostic.warning(at, message, hint);
      downgraded.add(d);
      out.add(d);
    } else {
      out.error(at, message, hint);
    }
  }

  /** How many different problems were reported as warnings instead of errors. */
  public int downgraded() {
    return downgraded.size();
  }
}
