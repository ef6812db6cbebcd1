package dev.lectern.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** A site written into a temporary folder, file by file, for tests. */
public final class TestSite {
  private final Path root;

  private TestSite(Path root) {
    this.root = root;
  }

  /** A minimal valid site: config, home page, one section with one chapter. */
  public static TestSite minimal(Path dir) {
    return new TestSite(dir)
        .file("site.yml", "title: Test Guide\nbase_url: https://example.org/guide/\n"
            + "roles:\n  backend: Backend engineer\n")
        .file("content/_index.md", "---\ntitle: Home\n---\nWelcome.\n")
        .file("content/topics/_index.md", "---\ntitle: Topics\n---\nAll topics.\n")
        .file("content/topics/01-first.md", "---\ntitle: First\ndescription: The first chapter of the test guide, with an intro section.\n---\n## Intro\n\nText.\n");
  }

  public static TestSite empty(Path dir) {
    return new TestSite(dir);
  }

  public TestSite file(String path, String text) {
    try {
      Path p = root.resolve(path);
      Files.createDirectories(p.getParent());
      Files.writeString(p, text, StandardCharsets.UTF_8);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public TestSite delete(String path) {
    try {
      Files.deleteIfExists(root.resolve(path));
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies every file below {@code from} into folder {@code to} of this site, overwriting. */
  public TestSite copyFrom(Path from, String to) {
    new TestSite(root.resolve(to)).copyFrom(from);
    return this;
  }

  /** Copies every file below {@code from} into this site, overwriting. */
  public TestSite copyFrom(Path from) {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        Path target = root.resolve(from.relativize(p).toString());
        Files.createDirectories(target.getParent());
        Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path root() {
    return root;
  }
}
