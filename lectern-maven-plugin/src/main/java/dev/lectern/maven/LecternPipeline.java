package dev.lectern.maven;

// Lectern's pipeline API: nothing else in the plugin names its classes.
import dev.lectern.pipeline.Build;
import dev.lectern.pipeline.BuildOptions;
import dev.lectern.pipeline.BuildResult;
import dev.lectern.pipeline.Progress;

import dev.lectern.diagnostic.BuildFailedException;
import dev.lectern.diagnostic.Diagnostic;
import dev.lectern.diagnostic.DiagnosticReporter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The plugin's one door into Lectern: builds or checks a site in this JVM and hands back
 * Lectern's own diagnostics, formatted as {@code lectern} prints them ({@code file:line:col:
 * message}, the source line, a caret and a hint), with file paths relative to the Maven
 * project's folder so that they point at {@code docs/content/…}.
 */
final class LecternPipeline {
  /** How broken internal links are reported, as {@code --links} on the command line. */
  enum LinksMode { ERROR, WARN }

  /**
   * What to do.
   *
   * @param source the site's folder (site.yml, content/)
   * @param output where {@code build} writes the site
   * @param baseUrl overrides site.yml's base_url when present
   * @param write true for {@code build}, false for {@code check} (in memory, nothing written)
   */
  record Request(Path source, Path output, Optional<String> baseUrl, LinksMode links,
      boolean write) {}

  /** A site that built: its warnings (formatted) and what was made. */
  record Outcome(List<String> warnings, int pages, int files, Path outputDir) {}

  /** A site with errors: every diagnostic, formatted, errors first. */
  static final class SiteErrors extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<String> errors;
    private final transient List<String> warnings;

    SiteErrors(List<String> errors, List<String> warnings) {
      super(errors.size() + " error(s)");
      this.errors = errors;
      this.warnings = warnings;
    }

    List<String> errors() {
      return errors;
    }

    List<String> warnings() {
      return warnings;
    }
  }

  private final Path projectDir;

  /** @param projectDir the Maven project's folder, which reported paths are relative to */
  LecternPipeline(Path projectDir) {
    this.projectDir = projectDir.toAbsolutePath().normalize();
  }

  /**
   * Runs the build or check.
   *
   * @throws SiteErrors when Lectern found errors in the site
   * @throws UnsupportedOperationException for an option this Lectern cannot honour yet
   * @throws UncheckedIOException when the site could not be read or written
   */
  Outcome run(Request request) throws SiteErrors {
    if (request.links() == LinksMode.WARN) {
      // The pass-through goes here once BuildOptions carries a links mode (--links=warn).
      throw new UnsupportedOperationException("linksMode 'warn' is not supported by this "
          + "version of Lectern yet: broken links are always errors; remove <linksMode> or "
          + "set it to 'error'");
    }
    Path source = request.source().toAbsolutePath().normalize();
    // No highlight cache in the project's docs folder: a Maven build leaves the sources as
    // they were.
    BuildOptions options = BuildOptions.of(source).withOutput(request.output()).withoutDiskCache();
    if (request.baseUrl().isPresent()) {
      options = options.withBaseUrl(request.baseUrl().get());
    }
    try {
      BuildResult result = request.write() ? new Build().run(options)
          : new Build().render(options);
      return new Outcome(format(source, result.warnings()), result.pages(),
          result.tree().size(), result.outputDir());
    } catch (BuildFailedException e) {
      List<Diagnostic> all = e.diagnostics();
      throw new SiteErrors(format(source, all.stream().filter(Diagnostic::isError).toList()),
          format(source, all.stream().filter(d -> !d.isError()).toList()));
    }
  }

  /** Each diagnostic as Lectern prints it, its file relative to the project's folder. */
  private List<String> format(Path source, List<Diagnostic> diagnostics) {
    DiagnosticReporter reporter = new DiagnosticReporter(projectDir,
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    return diagnostics.stream().sorted(Diagnostic.ORDER)
        .map(d -> reporter.format(relativeToProject(source, d)).stripTrailing()).toList();
  }

  private Diagnostic relativeToProject(Path source, Diagnostic d) {
    Path file = source.resolve(d.file());
    if (d.file().isEmpty() || !Files.exists(file)) {
      return d;  // not a file: an option such as --base-url
    }
    String shown = file.startsWith(projectDir) ? projectDir.relativize(file).toString()
        : file.toString();
    return new Diagnostic(d.severity(), shown.replace('\\', '/'), d.line(), d.column(),
        d.message(), d.hint());
  }
}
