package dev.lectern.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level command: subcommands, {@code --help} and {@code --version}. */
@Command(
    name = "lectern",
    mixinStandardHelpOptions = true,
    versionProvider = LecternCommand.Version.class,
    description = "Builds guide sites: Markdown chapters in, static HTML out.",
    subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class,
        InitCommand.class, CommandLine.HelpCommand.class})
final class LecternCommand implements Callable<Integer> {
  final PrintStream out;
  final PrintStream err;
  final boolean interactive;

  @Spec CommandSpec spec;

  LecternCommand(PrintStream out, PrintStream err, boolean interactive) {
    this.out = out;
    this.err = err;
    this.interactive = interactive;
  }

  @Override
  public Integer call() {
    err.println("lectern: missing command");
    spec.commandLine().usage(err);
    return Main.USAGE;
  }

  /** Reads the version Maven wrote into the jar. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = Version.class.getResourceAsStream("/lectern-version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {"lectern " + p.getProperty("version", "unknown")};
    }
  }
}
