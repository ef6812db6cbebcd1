package dev.lectern.cli;

import dev.lectern.build.Build;
import dev.lectern.build.BuildOptions;
import dev.lectern.build.BuildResult;
import dev.lectern.build.Progress;
import dev.lectern.diagnostic.BuildFailedException;
import dev.lectern.diagnostic.Diagnostic;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code lectern build}: builds the site into its output folder, atomically. */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = "Builds the site into its output folder (site.yml's 'output', default site/).")
final class BuildCommand implements Callable<Integer> {
  @ParentCommand LecternCommand parent;

  @Option(names = "--source", paramLabel = "DIR", defaultValue = ".",
      description = "The site's folder, holding site.yml and content/ (default: current folder).")
  Path source;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Output folder (default: site.yml's 'output' in the source folder).")
  Path out;

  @Option(names = "--base-url", paramLabel = "URL",
      description = "The URL the site is published at; overrides site.yml's base_url.")
  String baseUrl;

  @Option(names = "--drafts", description = "Include pages marked 'draft: true'.")
  boolean drafts;

  @Option(names = {"-q", "--quiet"}, description = "Print only warnings and errors.")
  boolean quiet;

  @Option(names = "--verbose", description = "Show stack traces of internal errors.")
  boolean verbose;

  @Override
  public Integer call() {
    BuildOptions options = new BuildOptions(source, Optional.ofNullable(out),
        Optional.ofNullable(baseUrl), drafts, true);
    DiagnosticReporter reporter = new DiagnosticReporter(source, parent.err);
    Progress progress = new Progress();
    long start = System.nanoTime();
    ScheduledExecutorService ticker = startProgressLine(progress);
    try {
      BuildResult result = new Build(progress).run(options);
      ticker.shutdownNow();
      reporter.report(result.warnings());
      if (!quiet) {
        parent.out.println(summary(result, start));
      }
      return 0;
    } catch (BuildFailedException e) {
      ticker.shutdownNow();
      reporter.report(e.diagnostics());
      long errors = e.diagnostics().stream().filter(Diagnostic::isError).count();
      parent.err.println("lectern: build failed with " + plural(errors, "error")
          + "; the output folder was left as it was");
      return Main.BUILD_FAILED;
    } catch (UncheckedIOException e) {
      ticker.shutdownNow();
      parent.err.println("lectern: " + e.getMessage() + ": " + e.getCause().getMessage());
      return Main.BUILD_FAILED;
    } catch (RuntimeException e) {
      ticker.shutdownNow();
      parent.err.println("lectern: internal error: " + e
          + (verbose ? "" : " (run with --verbose for the stack trace)"));
      if (verbose) {
        e.printStackTrace(parent.err);
      }
      return Main.BUILD_FAILED;
    }
  }

  /**
   * Prints what the build is doing once a second, for builds that take over a second, when a
   * person is watching a terminal.
   */
  private ScheduledExecutorService startProgressLine(Progress progress) {
    ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "lectern-progress");
      t.setDaemon(true);
      return t;
    });
    if (!quiet && parent.interactive) {
      ticker.scheduleAtFixedRate(() -> parent.err.println("lectern: " + progress.describe()),
          1, 1, TimeUnit.SECONDS);
    }
    return ticker;
  }

  private static String summary(BuildResult result, long start) {
    double seconds = (System.nanoTime() - start) / 1e9;
    return String.format(Locale.ROOT, "Built %s (%s) into %s in %.2f s, %s.",
        plural(result.pages(), "page"), plural(result.tree().size(), "file"), result.outputDir(),
        seconds, plural(result.warnings().size(), "warning"));
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
