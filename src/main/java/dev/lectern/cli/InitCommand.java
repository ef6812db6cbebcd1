package dev.lectern.cli;

import dev.lectern.init.Importer;
import dev.lectern.init.InitException;
import dev.lectern.init.Scaffold;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code lectern init [DIR]} starts a site; {@code lectern init --from PATH} writes a site.yml
 * for the MkDocs, Docusaurus or VitePress project in PATH. Neither overwrites a file.
 */
@Command(name = "init", mixinStandardHelpOptions = true,
    description = {"Starts a new site in DIR (default: the current folder), which builds and "
        + "serves at once.", "With --from, writes a site.yml for the MkDocs, Docusaurus or "
        + "VitePress project in PATH instead, leaving its Markdown as it is."})
final class InitCommand implements Callable<Integer> {
  @ParentCommand LecternCommand parent;

  @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
      description = "Where to start the new site (made if missing).")
  Path dir;

  @Option(names = "--from", paramLabel = "PATH",
      description = "An MkDocs, Docusaurus or VitePress project to write a site.yml for.")
  Path from;

  @Override
  public Integer call() {
    if (from != null && dir != null) {
      parent.err.println("lectern: give either DIR or --from PATH, not both");
      return Main.USAGE;
    }
    try {
      return from != null ? importProject() : scaffold();
    } catch (InitException e) {
      parent.err.println("lectern: " + e.getMessage());
      if (!e.hint().isEmpty()) {
        parent.err.println("    hint: " + e.hint());
      }
      return Main.BUILD_FAILED;
    } catch (java.io.UncheckedIOException e) {
      parent.err.println("lectern: " + e.getMessage());
      return Main.BUILD_FAILED;
    } catch (RuntimeException e) {
      BuildRun.internalError(parent.err, e, false);
      return Main.BUILD_FAILED;
    }
  }

  private int scaffold() throws InitException {
    Path target = dir == null ? Path.of(".") : dir;
    List<String> written = Scaffold.write(target);
    parent.out.println("Started a site in " + target + ": " + String.join(", ", written) + ".");
    parent.out.println("Build it with 'lectern build" + source(target) + "', or write with "
        + "'lectern serve" + source(target) + "' running.");
    return 0;
  }

  private int importProject() throws InitException {
    Importer.Result result = Importer.write(from);
    parent.out.println("Wrote " + result.written() + " for the " + result.kind()
        + " project, from " + result.from() + ". No Markdown file was changed.");
    if (!result.unread().isEmpty()) {
      parent.out.println("Not carried over (listed at the end of site.yml too):");
      result.unread().forEach(u -> parent.out.println("  - " + u));
    }
    parent.out.println("Build it with 'lectern build" + source(from) + "'; add --links=warn "
        + "while the project has broken links.");
    return 0;
  }

  private static String source(Path folder) {
    return folder.normalize().toString().isEmpty() || folder.normalize().equals(Path.of("."))
        ? "" : " --source " + folder;
  }
}
