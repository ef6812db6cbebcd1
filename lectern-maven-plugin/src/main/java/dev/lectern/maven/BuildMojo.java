package dev.lectern.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code lectern:build}: builds the site from {@code source} into {@code output}, as
 * {@code lectern build} does, failing the Maven build with Lectern's own
 * {@code file:line:col} messages when the site has errors. Bound to {@code pre-site}, so
 * {@code mvn pre-site} builds only the docs and {@code mvn site} builds them first.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PRE_SITE, threadSafe = true)
public final class BuildMojo extends AbstractLecternMojo {
  @Override
  boolean writesOutput() {
    return true;
  }

  @Override
  String summary(LecternPipeline.Outcome outcome) {
    return "Lectern built " + outcome.pages() + " pages (" + outcome.files() + " files) into "
        + outcome.outputDir() + ", " + outcome.warnings().size() + " warning(s)";
  }
}
