package dev.lectern.memo;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The fingerprint of the code a class was loaded from: a jar's size and modification time, or,
 * for a folder of classes (tests, an IDE), every file's path, size and time below it. Results
 * made by other code are never taken for this code's. Computed once per location and process.
 */
public final class CodeVersion {
  private static final Map<Path, Fingerprint> KNOWN = new ConcurrentHashMap<>();

  private CodeVersion() {}

  /** The fingerprint of the jar or folder {@code type} was loaded from. */
  public static Fingerprint of(Class<?> type) {
    try {
      Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
      return KNOWN.computeIfAbsent(location, CodeVersion::compute);
    } catch (URISyntaxException | RuntimeException e) {
      return Digester.of("unknown code", System.nanoTime());  // never matches anything
    }
  }

  private static Fingerprint compute(Path location) {
    try {
      if (Files.isRegularFile(location)) {
        return Digester.of("jar", Files.size(location),
            Files.getLastModifiedTime(location).toMillis());
      }
      List<Object> parts = new ArrayList<>();
      try (Stream<Path> walk = Files.walk(location)) {
        for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
          parts.add(location.relativize(p).toString());
          parts.add(Files.size(p));
          parts.add(Files.getLastModifiedTime(p).toMillis());
        }
      }
      return Digester.of("classes", parts);
    } catch (IOException e) {
      return Digester.of("unreadable code", System.nanoTime());
    }
  }
}
