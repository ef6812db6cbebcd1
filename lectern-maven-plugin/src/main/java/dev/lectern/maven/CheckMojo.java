package dev.lectern.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code lectern:check}: builds the site in memory and runs every check (links, anchors,
 * structured data), writing nothing, as {@code lectern check} does. Bound to {@code verify},
 * so a broken link in the docs fails {@code mvn verify} with its file, line and column.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends AbstractLecternMojo {
  @Override
  boolean writesOutput() {
    return false;
  }

  @Override
  String summary(LecternPipeline.Outcome outcome) {
    return "Lectern checked " + outcome.pages() + " pages (" + outcome.files() + " files), "
        + outcome.warnings().size() + " warning(s)";
  }
}
