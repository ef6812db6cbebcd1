package dev.lectern.cli;

import dev.lectern.pipeline.Build;
import dev.lectern.pipeline.BuildResult;
import dev.lectern.pipeline.Progress;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code lectern build}: builds the site into its output folder, atomically. */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = "Builds the site into its output folder (site.yml's 'output', default site/).")
final class BuildCommand implements Callable<Integer> {
  @ParentCommand LecternCommand parent;

  @Mixin SiteOptions site;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Output folder (default: site.yml's 'output' in the source folder).")
  Path out;

  @Option(names = {"-q", "--quiet"}, description = "Print only warnings and errors.")
  boolean quiet;

  @Option(names = "--timings", description = "Print the time each stage took (the stages then "
      + "run one at a time).")
  boolean timings;

  @Override
  public Integer call() {
    // Timed stages run in turn, so that each one's time is its own.
    Progress progress = new Progress(timings);
    long start = System.nanoTime();
    ScheduledExecutorService ticker = startProgressLine(progress);
    try {
      return BuildRun.run(parent, site, "; the output folder was left as it was",
          () -> new Build(progress).run(site.toBuildOptions(out)), result -> {
            ticker.shutdownNow();
            if (!quiet) {
              parent.out.println(summary(result, start));
            }
            if (timings) {
              progress.finish();
              progress.stageMillis().forEach((stage, ms) -> {
                if (!stage.equals("starting")) {
                  parent.err.printf("lectern: %-17s %6d ms%n", stage, ms);
                }
              });
            }
            return 0;
          });
    } finally {
      ticker.shutdownNow();
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
        seconds, BuildRun.warnings(result.warnings().size(), result.downgraded()));
  }

  private static String plural(long n, String word) {
    return BuildRun.plural(n, word);
  }
}
