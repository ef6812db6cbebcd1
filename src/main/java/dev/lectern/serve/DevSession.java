package dev.lectern.serve;

import dev.lectern.memo.Memo;
import dev.lectern.pipeline.Build;
import dev.lectern.pipeline.BuildOptions;
import dev.lectern.pipeline.BuildResult;
import dev.lectern.pipeline.Progress;
import dev.lectern.diagnostic.BuildFailedException;
import dev.lectern.diagnostic.Diagnostic;
import dev.lectern.diagnostic.DiagnosticReporter;
import dev.lectern.output.OutputTree;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * The site as {@code serve} shows it: the last good build in memory, or the report of the last
 * failed one. Builds share one memo, so a rebuild redoes only the work whose inputs changed.
 * Each outcome is announced to the open tabs.
 */
final class DevSession {
  /** What a tab sees: the last good output, and the failure report if the newest build failed. */
  record State(OutputTree tree, String basePath, String failure, BuildResult result) {}

  private final BuildOptions options;
  private final LiveReload reload;
  private final PrintStream log;
  private final Memo memo = Memo.acrossBuilds();
  private final Build builder = new Build(new Progress(), memo);
  private volatile State state;

  DevSession(BuildOptions options, LiveReload reload, PrintStream log) {
    this.options = options;
    this.reload = reload;
    this.log = log;
  }

  State state() {
    return state;
  }

  /** Builds once; returns true if the build succeeded. */
  synchronized boolean build() {
    State before = state;
    try {
      BuildResult result = builder.render(options);
      if (before == null) {
        builder.saveDiskCache();  // once: rewriting it on every save would cost more than it saves
      }
      state = new State(result.tree(), result.basePath(), null, result);
      report(result.warnings());
      return true;
    } catch (BuildFailedException e) {
      state = failed(before, report(e.diagnostics()));
      return false;
    } catch (UncheckedIOException e) {
      String report = "lectern: " + e.getMessage() + ": " + e.getCause().getMessage() + "\n";
      log.print(report);
      state = failed(before, report);
      return false;
    }
  }

  /** The last good output stays served; the report goes over it. */
  private static State failed(State before, String report) {
    return before == null ? new State(null, "/", report, null)
        : new State(before.tree(), before.basePath(), report, before.result());
  }

  /** Rebuilds after {@code changed} and tells every tab; returns the time taken in ms. */
  long rebuild(Set<String> changed) {
    long start = System.nanoTime();
    boolean ok = build();
    long millis = (System.nanoTime() - start) / 1_000_000;
    State now = state;
    String what = changed.size() == 1 ? changed.iterator().next() : changed.size() + " files";
    if (ok) {
      reload.send(LiveReload.reloadEvent());
      log.printf("Rebuilt in %d ms after a change to %s: %d pages, %d warnings.%n", millis, what,
          now.result().pages(), now.result().warnings().size());
    } else {
      reload.send(LiveReload.failureEvent(now.failure()));
      log.printf("Build failed after a change to %s; the browser shows the errors.%n", what);
    }
    return millis;
  }

  private String report(List<Diagnostic> diagnostics) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    new DiagnosticReporter(options.source(), out).report(diagnostics);
    long errors = diagnostics.stream().filter(Diagnostic::isError).count();
    if (errors > 0) {
      out.println("lectern: build failed with " + errors + (errors == 1 ? " error" : " errors"));
    }
    String text = bytes.toString(StandardCharsets.UTF_8);
    log.print(text);
    return text;
  }
}
