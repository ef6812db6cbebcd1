package dev.lectern.maven;

import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the {@code build} and {@code check} goals share: the parameters, running Lectern in
 * this JVM, and turning its diagnostics into Maven log lines and a failed build.
 */
abstract class AbstractLecternMojo extends AbstractMojo {
  /** The site's folder, holding {@code site.yml} and {@code content/}. */
  @Parameter(property = "lectern.source", defaultValue = "${project.basedir}/docs")
  File source;

  /** Where {@code build} writes the site; the folder is replaced as a whole. */
  @Parameter(property = "lectern.output", defaultValue = "${project.build.directory}/docs")
  File output;

  /** The URL the site is published at; overrides {@code base_url} in site.yml. */
  @Parameter(property = "lectern.baseUrl")
  String baseUrl;

  /**
   * {@code error} (the default): a broken internal link or anchor fails the build;
   * {@code warn}: it is reported as a warning (needs a Lectern that supports
   * {@code --links=warn}; this one fails with a message saying so).
   */
  @Parameter(property = "lectern.linksMode", defaultValue = "error")
  String linksMode;

  /** Skips the goal. */
  @Parameter(property = "lectern.skip", defaultValue = "false")
  boolean skip;

  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  File basedir;

  /** True for {@code build} (writes the output), false for {@code check}. */
  abstract boolean writesOutput();

  /** The line logged after a successful run. */
  abstract String summary(LecternPipeline.Outcome outcome);

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping Lectern (lectern.skip)");
      return;
    }
    if (!new File(source, "site.yml").isFile()) {
      throw new MojoFailureException("no site.yml in " + source + ": point <source> at the "
          + "folder holding site.yml and content/ (default: docs/ of the project)");
    }
    LecternPipeline.Request request = new LecternPipeline.Request(source.toPath(),
        output.toPath(), Optional.ofNullable(baseUrl).filter(s -> !s.isBlank()), links(),
        writesOutput());
    try {
      LecternPipeline.Outcome outcome = new LecternPipeline(basedir.toPath()).run(request);
      outcome.warnings().forEach(this::warn);
      getLog().info(summary(outcome));
    } catch (LecternPipeline.SiteErrors e) {
      e.errors().forEach(this::error);
      e.warnings().forEach(this::warn);
      int n = e.errors().size();
      throw new MojoFailureException("Lectern found " + n + (n == 1 ? " error" : " errors")
          + " in " + shown(source) + ", the first: "
          + e.errors().get(0).lines().findFirst().orElse(""));
    } catch (UnsupportedOperationException e) {
      throw new MojoFailureException(e.getMessage());
    } catch (UncheckedIOException e) {
      throw new MojoExecutionException(e.getMessage() + ": " + e.getCause().getMessage(), e);
    }
  }

  /** A folder as the user knows it: relative to the project when it is inside it. */
  private String shown(File folder) {
    Path project = basedir.toPath().toAbsolutePath().normalize();
    Path path = folder.toPath().toAbsolutePath().normalize();
    return path.startsWith(project) ? project.relativize(path).toString() : path.toString();
  }

  private LecternPipeline.LinksMode links() throws MojoFailureException {
    for (LecternPipeline.LinksMode mode : LecternPipeline.LinksMode.values()) {
      if (mode.name().toLowerCase(Locale.ROOT).equals(linksMode.trim())) {
        return mode;
      }
    }
    throw new MojoFailureException("linksMode must be 'error' or 'warn', not '" + linksMode
        + "'");
  }

  /** One diagnostic, line by line, so Maven marks each line as an error. */
  private void error(String diagnostic) {
    List.of(diagnostic.split("\n")).forEach(line -> getLog().error(line));
  }

  private void warn(String diagnostic) {
    List.of(diagnostic.split("\n")).forEach(line -> getLog().warn(line));
  }
}
