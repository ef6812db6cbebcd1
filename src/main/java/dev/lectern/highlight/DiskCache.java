package dev.lectern.highlight;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Highlighted code kept on disk between builds, in {@code .lectern-cache/highlight.bin} in the
 * site's folder. Entries are keyed by a SHA-256 of language and code; the whole file is keyed by
 * the highlighter's own code (the size and time of the jar or classes it was loaded from), so a
 * new Lectern never reads an old cache. Only blocks highlighted without a problem are kept, so the
 * cache cannot change the output; a build writes back exactly the blocks it used. Thread-safe.
 */
public final class DiskCache extends ForwardingHighlighter {
  /** The cache folder, in the site's source folder. */
  public static final String FOLDER = ".lectern-cache";
  private static final String FILE = "highlight.bin";
  private static final int MAGIC = 0x4C48_4331;  // "LHC1"

  private final Path file;
  private final Map<Key, String> stored;
  private final Map<Key, String> used = new ConcurrentHashMap<>();

  private record Key(String hex) {}

  private DiskCache(Highlighter inner, Path file, Map<Key, String> stored) {
    super(inner);
    this.file = file;
    this.stored = stored;
  }

  /** A highlighter over {@code inner} with the cache of {@code sourceRoot} read in. */
  public static DiskCache open(Highlighter inner, Path sourceRoot) {
    Path file = sourceRoot.resolve(FOLDER).resolve(FILE);
    return new DiskCache(inner, file, read(file));
  }

  @Override
  public Result highlight(String language, String code) {
    Key key = key(language, code);
    String html = stored.get(key);
    if (html != null) {
      used.put(key, html);
      return Result.ok(html);
    }
    Result fresh = inner.highlight(language, code);
    if (fresh.problem().isEmpty()) {
      used.put(key, fresh.html());
    }
    return fresh;
  }

  /** Writes the blocks this build used, replacing the file atomically; false if it could not. */
  public boolean save() {
    if (used.keySet().equals(stored.keySet())) {
      return true;
    }
    try {
      Files.createDirectories(file.getParent());
      Path temp = Files.createTempFile(file.getParent(), FILE, ".tmp");
      try (DataOutputStream out = new DataOutputStream(
          new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16))) {
        out.writeInt(MAGIC);
        out.writeUTF(codeVersion());
        out.writeInt(used.size());
        for (Map.Entry<Key, String> e : used.entrySet()) {
          out.writeUTF(e.getKey().hex());
          byte[] html = e.getValue().getBytes(StandardCharsets.UTF_8);
          out.writeInt(html.length);
          out.write(html);
        }
      }
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return true;
    } catch (IOException e) {
      return false;  // a cache that cannot be written is only slower next time
    }
  }

  private static Map<Key, String> read(Path file) {
    Map<Key, String> entries = new ConcurrentHashMap<>();
    if (!Files.isRegularFile(file)) {
      return entries;
    }
    try (DataInputStream in = new DataInputStream(
        new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      if (in.readInt() != MAGIC || !in.readUTF().equals(codeVersion())) {
        return entries;
      }
      int count = in.readInt();
      for (int i = 0; i < count; i++) {
        String hex = in.readUTF();
        byte[] html = in.readNBytes(in.readInt());
        entries.put(new Key(hex), new String(html, StandardCharsets.UTF_8));
      }
      return entries;
    } catch (IOException | RuntimeException e) {
      return new ConcurrentHashMap<>();  // unreadable or cut short: start afresh
    }
  }

  private static Key key(String language, String code) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(language.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(code.getBytes(StandardCharsets.UTF_8));
      return new Key(java.util.HexFormat.of().formatHex(sha.digest()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  private static volatile String codeVersion;

  /**
   * Identifies the highlighter's code: the size and modification time of the jar it was loaded
   * from, or of every class file below its package when run from a folder of classes.
   */
  static String codeVersion() {
    String v = codeVersion;
    if (v == null) {
      v = computeCodeVersion();
      codeVersion = v;
    }
    return v;
  }

  private static String computeCodeVersion() {
    try {
      Path location = Path.of(DiskCache.class.getProtectionDomain().getCodeSource().getLocation()
          .toURI());
      if (Files.isRegularFile(location)) {
        return "jar " + Files.size(location) + " " + Files.getLastModifiedTime(location).toMillis();
      }
      StringBuilder s = new StringBuilder("classes");
      Path pkg = location.resolve("dev/lectern/highlight");
      try (Stream<Path> walk = Files.walk(pkg)) {
        for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
          s.append(' ').append(pkg.relativize(p)).append(':').append(Files.size(p)).append(':')
              .append(Files.getLastModifiedTime(p).toMillis());
        }
      }
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return java.util.HexFormat.of().formatHex(sha.digest(s.toString()
          .getBytes(StandardCharsets.UTF_8)));
    } catch (IOException | URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
      return "unknown " + System.nanoTime();  // never matches: no cache rather than a wrong one
    }
  }
}
