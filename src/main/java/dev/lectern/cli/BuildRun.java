package dev.lectern.cli;

import dev.lectern.pipeline.BuildResult;
import dev.lectern.diagnostic.BuildFailedException;
import dev.lectern.diagnostic.Diagnostic;
import dev.lectern.diagnostic.DiagnosticReporter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/**
 * Runs a build for a command and turns its outcome into output and an exit code: warnings and
 * errors reported together, sorted, with source lines; a user's mistake never as a stack trace.
 */
final class BuildRun {
  private BuildRun() {}

  /**
   * Runs {@code build}; on success hands the result to {@code onSuccess} for the exit code. On
   * failure prints every diagnostic and a closing line ending in {@code failedSuffix}.
   */
  static Integer run(LecternCommand parent, SiteOptions site, String failedSuffix,
      Supplier<BuildResult> build, java.util.function.Function<BuildResult, Integer> onSuccess) {
    DiagnosticReporter reporter = new DiagnosticReporter(site.source, parent.err);
    try {
      BuildResult result = build.get();
      reporter.report(result.warnings());
      return onSuccess.apply(result);
    } catch (BuildFailedException e) {
      reporter.report(e.diagnostics());
      long errors = e.diagnostics().stream().filter(Diagnostic::isError).count();
      parent.err.println("lectern: build failed with " + plural(errors, "error") + failedSuffix);
      return Main.BUILD_FAILED;
    } catch (UncheckedIOException e) {
      parent.err.println("lectern: " + e.getMessage() + ": " + e.getCause().getMessage());
      return Main.BUILD_FAILED;
    } catch (RuntimeException e) {
      internalError(parent.err, e, site.verbose);
      return Main.BUILD_FAILED;
    }
  }

  static void internalError(PrintStream err, RuntimeException e, boolean verbose) {
    err.println("lectern: internal error: " + e
        + (verbose ? "" : " (run with --verbose for the stack trace)"));
    if (verbose) {
      e.printStackTrace(err);
    }
  }

  static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  /** "5 warnings", and how many of them links: warn downgraded from errors. */
  static String warnings(long warnings, int downgraded) {
    return plural(warnings, "warning") + (downgraded == 0 ? "" : " (" + downgraded
        + " of them broken links, downgraded from errors by links: warn)");
  }
}
