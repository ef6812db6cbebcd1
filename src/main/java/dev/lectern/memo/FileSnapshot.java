package dev.lectern.memo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files of a site's folder as one build sees them: each file is read at most once per build,
 * so every computation of the build sees the same bytes. Thread-safe.
 */
public final class FileSnapshot {
  /** A snapshot of no files, for computations that read none. */
  public static final FileSnapshot NONE = new FileSnapshot(null);

  private final Path root;
  private final Map<String, Optional<byte[]>> bytes = new ConcurrentHashMap<>();
  private final Map<String, Optional<Fingerprint>> digests = new ConcurrentHashMap<>();

  private FileSnapshot(Path root) {
    this.root = root;
  }

  /** The files below {@code root}, read on demand. */
  public static FileSnapshot of(Path root) {
    return new FileSnapshot(root.toAbsolutePath().normalize());
  }

  /**
   * The bytes of {@code path} (relative to the root, '/'-separated), if it is a file inside,
   * also once symbolic links are followed.
   */
  public Optional<byte[]> read(String path) {
    if (root == null) {
      return Optional.empty();
    }
    return bytes.computeIfAbsent(path, this::load);
  }

  private Optional<byte[]> load(String path) {
    Path file = root.resolve(path).normalize();
    if (!file.startsWith(root) || !Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      // A link inside the site may point outside it: such a file is not the site's.
      if (!file.toRealPath().startsWith(root.toRealPath())) {
        return Optional.empty();
      }
      return Optional.of(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
  }

  private Fingerprint digest(String path) {
    return digests.computeIfAbsent(path, p -> read(p).map(Digester::ofBytes)).orElse(null);
  }

  /** True if every dependency has the content it had when it was recorded. */
  public boolean unchanged(List<FileDependency> reads) {
    for (FileDependency d : reads) {
      if (!java.util.Objects.equals(digest(d.path()), d.content())) {
        return false;
      }
    }
    return true;
  }

  /** A recorder of one computation's reads from this snapshot. */
  public FileReads recorder() {
    Map<String, Fingerprint> seen = new LinkedHashMap<>();
    return new FileReads() {
      @Override
      public synchronized Optional<byte[]> read(String path) {
        Optional<byte[]> content = FileSnapshot.this.read(path);
        seen.putIfAbsent(path, digest(path));
        return content;
      }

      @Override
      public synchronized List<FileDependency> dependencies() {
        List<FileDependency> list = new ArrayList<>();
        seen.forEach((p, fp) -> list.add(new FileDependency(p, fp)));
        return List.copyOf(list);
      }
    };
  }
}
