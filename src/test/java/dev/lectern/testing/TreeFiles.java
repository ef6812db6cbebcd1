package dev.lectern.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Folders on disk as sorted path → bytes maps, and back. */
public final class TreeFiles {
  private TreeFiles() {}

  public static SortedMap<String, byte[]> read(Path root) {
    SortedMap<String, byte[]> files = new TreeMap<>();
    if (!Files.isDirectory(root)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces the folder's contents with exactly {@code files}. */
  public static void replace(Path root, Map<String, byte[]> files) {
    try {
      if (Files.exists(root)) {
        dev.lectern.output.SiteWriter.deleteTree(root);
      }
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        Path p = root.resolve(f.getKey());
        Files.createDirectories(p.getParent());
        Files.write(p, f.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** True when golden files should be rewritten instead of compared ({@code -Dgolden.update=true}). */
  public static boolean updating() {
    return Boolean.getBoolean("golden.update");
  }
}
