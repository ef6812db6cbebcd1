package dev.lectern.cli;

import dev.lectern.pipeline.Build;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code lectern check}: the whole build in memory with every check (links, anchors, structured
 * data, markup), writing nothing. A fast gate for pull requests.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Builds the site in memory and runs every check; writes nothing. "
        + "Exit 0 if the site is fine, 1 if not.")
final class CheckCommand implements Callable<Integer> {
  @ParentCommand LecternCommand parent;

  @Mixin SiteOptions site;

  @Option(names = "--strict", description = "Fail on warnings too.")
  boolean strict;

  @Override
  public Integer call() {
    long start = System.nanoTime();
    return BuildRun.run(parent, site, "; nothing was written",
        () -> new Build().render(site.toBuildOptions(null)), result -> {
          long warnings = result.warnings().stream().filter(d -> !d.isError()).count();
          parent.out.println(String.format(Locale.ROOT, "Checked %s (%s) in %.2f s: %s.",
              BuildRun.plural(result.pages(), "page"), BuildRun.plural(result.tree().size(), "file"),
              (System.nanoTime() - start) / 1e9,
              BuildRun.warnings(warnings, result.downgraded())));
          if (strict && warnings > 0) {
            parent.err.println("lectern: check failed with " + BuildRun.plural(warnings, "warning")
                + " (--strict treats warnings as errors)");
            return Main.BUILD_FAILED;
          }
          return 0;
        });
  }
}
