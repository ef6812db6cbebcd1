package dev.lectern.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** The {@code lectern} command. {@link #run} takes its streams and returns the exit code, for tests. */
public final class Main {
  /** Exit code of a build that found errors in the site. */
  public static final int BUILD_FAILED = 1;
  /** Exit code of a command line that could not be understood. */
  public static final int USAGE = 2;

  private Main() {}

  public static void main(String[] args) {
    var jar = TunedJvm.jarFor(args);
    if (jar.isPresent()) {
      try {
        System.exit(TunedJvm.run(jar.get(), args));
      } catch (java.io.IOException e) {
        // The second JVM would not start: build in this one.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        System.exit(130);
      }
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    // Progress lines only on a terminal: in logs and pipes they are noise.
    System.exit(run(args, out, err, System.console() != null));
  }

  /** Runs the command line {@code args}; returns 0 on success, 1 on build errors, 2 on usage errors. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, false);
  }

  /**
   * @param interactive whether a person watches: enables progress lines for builds over a second
   */
  public static int run(String[] args, PrintStream out, PrintStream err, boolean interactive) {
    CommandLine cli = new CommandLine(new LecternCommand(out, err, interactive));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }
}
