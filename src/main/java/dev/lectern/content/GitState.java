package dev.lectern.content;

import dev.lectern.memo.Digester;
import dev.lectern.memo.Fingerprint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The fingerprint of a checkout's commit state, read from the files git keeps (the HEAD, the ref
 * it names, packed refs, the shallow marker) without running git: what the last-commit dates of
 * pages depend on. Outside a git checkout it is the fingerprint of "no repository".
 */
public final class GitState {
  private GitState() {}

  /** The fingerprint of the commit state of the checkout holding {@code sourceRoot}. */
  public static Fingerprint of(Path sourceRoot) {
    Optional<Path> gitDir = gitDir(sourceRoot.toAbsolutePath().normalize());
    if (gitDir.isEmpty()) {
      return Digester.of("no git repository");
    }
    try {
      Path dir = gitDir.get();
      Path common = commonDir(dir);
      String head = read(dir.resolve("HEAD"));
      List<Object> parts = new ArrayList<>(List.of("git", head));
      if (head.startsWith("ref: ")) {
        String ref = head.substring(5).strip();
        parts.add(read(dir.resolve(ref)));
        parts.add(read(common.resolve(ref)));
      }
      parts.add(bytes(common.resolve("packed-refs")));
      parts.add(bytes(common.resolve("shallow")));
      parts.add(bytes(dir.resolve("shallow")));
      return Digester.of(parts);
    } catch (IOException | RuntimeException e) {
      return Digester.of("unreadable git state", System.nanoTime());  // never reused
    }
  }

  private static Optional<Path> gitDir(Path from) {
    for (Path dir = from; dir != null; dir = dir.getParent()) {
      Path git = dir.resolve(".git");
      if (Files.isDirectory(git)) {
        return Optional.of(git);
      }
      if (Files.isRegularFile(git)) {
        try {
          String text = Files.readString(git, StandardCharsets.UTF_8).strip();
          if (text.startsWith("gitdir:")) {
            return Optional.of(dir.resolve(text.substring(7).strip()).normalize());
          }
        } catch (IOException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  private static Path commonDir(Path gitDir) throws IOException {
    Path file = gitDir.resolve("commondir");
    return Files.isRegularFile(file)
        ? gitDir.resolve(Files.readString(file, StandardCharsets.UTF_8).strip()).normalize()
        : gitDir;
  }

  private static String read(Path file) throws IOException {
    return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
  }

  private static byte[] bytes(Path file) throws IOException {
    return Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
  }
}
