package dev.lectern.cli;

import java.io.PrintStream;
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

  /** The version and commit Maven wrote into the jar. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {VersionInfo.current().line()};
    }
  }
}
