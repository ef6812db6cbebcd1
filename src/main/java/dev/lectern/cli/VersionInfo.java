package dev.lectern.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The version and the git commit Lectern was built from, as Maven wrote them into
 * {@code lectern-version.properties} when it built the jar ({@code buildnumber-maven-plugin}
 * runs {@code git rev-parse HEAD}). Either is "unknown" when it could not be found: a build
 * outside a git checkout, or classes compiled without Maven's resource filtering.
 *
 * @param version the project's version, e.g. {@code 0.3.0}
 * @param commit the full commit id, or "unknown"
 */
record VersionInfo(String version, String commit) {
  static final String RESOURCE = "/lectern-version.properties";
  static final String UNKNOWN = "unknown";
  private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}([0-9a-f]{24})?");

  /** What the running jar (or classes folder) says. */
  static VersionInfo current() {
    Properties p = new Properties();
    try (InputStream in = VersionInfo.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + RESOURCE, e);
    }
    return of(p);
  }

  /** From the properties file's keys {@code version} and {@code commit}. */
  static VersionInfo of(Properties p) {
    String version = p.getProperty("version", "").trim();
    String commit = p.getProperty("commit", "").trim();
    // An unfiltered placeholder (${...}) or anything but a commit id means nobody knew.
    return new VersionInfo(version.isEmpty() || version.contains("${") ? UNKNOWN : version,
        COMMIT.matcher(commit).matches() ? commit : UNKNOWN);
  }

  /** The line {@code lectern --version} prints: {@code lectern 0.3.0 (commit 3f2c…)}. */
  String line() {
    return "lectern " + version + " (commit " + commit + ")";
  }
}
