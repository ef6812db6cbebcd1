package dev.lectern.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The default theme shipped inside Lectern (the repository's {@code templates/} and
 * {@code assets/}, packaged under {@code lectern/theme/}). A site's own files of the same name
 * override it.
 */
public final class Theme {
  /** Classpath folder of the theme's templates. */
  public static final String TEMPLATES = "lectern/theme/templates";
  private static final String ASSETS = "lectern/theme/assets";

  private Theme() {}

  private static volatile Map<String, byte[]> assets;
  private static volatile Map<String, byte[]> templates;

  /** The theme's asset files by path below {@code assets/}, sorted; read once per process. */
  public static Map<String, byte[]> assets() {
    if (assets == null) {
      assets = java.util.Collections.unmodifiableMap(readFolder(ASSETS));
    }
    return assets;
  }

  /** The theme's templates by path below {@code templates/}, sorted; read once per process. */
  public static Map<String, byte[]> templates() {
    if (templates == null) {
      templates = java.util.Collections.unmodifiableMap(readFolder(TEMPLATES));
    }
    return templates;
  }

  private static Map<String, byte[]> readFolder(String folder) {
    URL url = Theme.class.getClassLoader().getResource(folder);
    if (url == null) {
      return Map.of();
    }
    try {
      URI uri = url.toURI();
      if (!"jar".equals(uri.getScheme())) {
        return readTree(Path.of(uri));
      }
      try (FileSystem fs = openJar(uri)) {
        return readTree(fs.provider().getPath(uri));
      } catch (UnsupportedOperationException closingDefault) {
        return readTree(Path.of(uri));
      }
    } catch (URISyntaxException e) {
      throw new IllegalStateException("theme location is not a URI: " + url, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static FileSystem openJar(URI uri) throws IOException {
    try {
      return FileSystems.newFileSystem(uri, Map.of());
    } catch (FileSystemAlreadyExistsException e) {
      // Another caller has the jar open: use a fresh, private view of it instead.
      URI jar = URI.create(uri.toString().substring(0, uri.toString().indexOf("!/")));
      return FileSystems.newFileSystem(Path.of(URI.create(jar.toString().substring(4))), Map.of());
    }
  }

  /** Every regular file below {@code root}, by forward-slash relative path. */
  public static Map<String, byte[]> readTree(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    if (!Files.isDirectory(root)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        String rel = root.relativize(p).toString().replace('\\', '/');
        if (!rel.startsWith(".") && !rel.contains("/.")) {
          files.put(rel, Files.readAllBytes(p));
        }
      }
    }
    return files;
  }
}
