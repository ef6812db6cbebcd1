package dev.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class VersionInfoTest {
  private static VersionInfo of(String... keysAndValues) {
    Properties p = new Properties();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      p.setProperty(keysAndValues[i], keysAndValues[i + 1]);
    }
    return VersionInfo.of(p);
  }

  @Test
  void showsTheVersionAndTheCommit() {
    assertEquals("lectern 1.4.0 (commit 0123456789abcdef0123456789abcdef01234567)",
        of("version", "1.4.0", "commit", "0123456789abcdef0123456789abcdef01234567").line());
  }

  @Test
  void aBuildOutsideGitSaysUnknown() {
    // What the build writes when 'git rev-parse HEAD' failed or there was no checkout.
    assertEquals("lectern 1.4.0 (commit unknown)", of("version", "1.4.0", "commit", "unknown")
        .line());
    // Classes compiled without Maven's filtering (an IDE) keep the placeholders.
    assertEquals("lectern unknown (commit unknown)",
        of("version", "${project.version}", "commit", "${buildNumber}").line());
    assertEquals("lectern unknown (commit unknown)", of().line());
    assertEquals("unknown", of("version", "1.4.0", "commit", "not a commit").commit());
  }
}
