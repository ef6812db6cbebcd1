package dev.lectern.output;

import dev.lectern.memo.Digester;
import dev.lectern.memo.Fingerprint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The whole built site: file path (forward slashes, relative to the output root) → bytes,
 * sorted, so that writing and comparing are deterministic. In memory by default; a tree made
 * with {@link #spillingTo} writes each file into a staging folder as it is added and keeps only
 * its name, so a large site is never held in memory whole ({@link SiteWriter} then swaps the
 * staging folder in, or deletes it when the build fails). Thread-safe.
 */
public final class OutputTree {
  private final SortedMap<String, byte[]> files = new TreeMap<>();
  private final Map<String, String> origins = new HashMap<>();
  private final Map<String, Fingerprint> digests = new HashMap<>();
  private final Path staging;

  public OutputTree() {
    this(null);
  }

  private OutputTree(Path staging) {
    this.staging = staging;
  }

  /** A tree whose files are written into {@code staging} (an empty folder) as they are added. */
  public static OutputTree spillingTo(Path staging) {
    return new OutputTree(staging);
  }

  /** The staging folder of a spilling tree, or null for one in memory. */
  public Path staging() {
    return staging;
  }

  /**
   * Adds a file.
   *
   * @param origin who produced it, for the message when two things produce the same file
   * @return the origin of the file already at {@code path}, or null if there was none
   */
  public String put(String path, byte[] content, String origin) {
    synchronized (this) {
      String earlier = origins.get(path);
      if (earlier != null) {
        return earlier;
      }
      origins.put(path, origin);
      files.put(path, staging == null ? content : null);
    }
    if (staging != null) {
      // Written outside the lock: pages are added from all rendering threads at once.
      try {
        Path file = staging.resolve(path);
        PublishedFiles.createFolders(file.getParent());
        PublishedFiles.write(file, content);
      } catch (IOException e) {
        throw new UncheckedIOException("could not write " + staging.resolve(path), e);
      }
    }
    return null;
  }

  public String put(String path, String content, String origin) {
    return put(path, content.getBytes(StandardCharsets.UTF_8), origin);
  }

  /** Every file, sorted by path (read back from the staging folder for a spilling tree). */
  public SortedMap<String, byte[]> files() {
    SortedMap<String, byte[]> copy = new TreeMap<>();
    for (String path : paths()) {
      copy.put(path, get(path));
    }
    return Collections.unmodifiableSortedMap(copy);
  }

  /** Every file's path, sorted. */
  public synchronized java.util.SortedSet<String> paths() {
    return Collections.unmodifiableSortedSet(new java.util.TreeSet<>(files.keySet()));
  }

  public boolean contains(String path) {
    synchronized (this) {
      return files.containsKey(path);
    }
  }

  public byte[] get(String path) {
    synchronized (this) {
      if (!files.containsKey(path)) {
        return null;
      }
      if (staging == null) {
        return files.get(path);
      }
    }
    try {
      return Files.readAllBytes(staging.resolve(path));
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + staging.resolve(path), e);
    }
  }

  public String text(String path) {
    byte[] b = get(path);
    return b == null ? null : new String(b, StandardCharsets.UTF_8);
  }

  /** Records the fingerprint of the file at {@code path}, known to whoever produced it. */
  public synchronized void digest(String path, Fingerprint digest) {
    digests.put(path, digest);
  }

  /**
   * The fingerprint of the file at {@code path} (its bytes alone, as {@link Digester#ofBytes}):
   * the one its producer recorded, else taken from its bytes now.
   */
  public Fingerprint digest(String path) {
    synchronized (this) {
      Fingerprint known = digests.get(path);
      if (known != null) {
        return known;
      }
    }
    byte[] bytes = get(path);
    return bytes == null ? null : Digester.ofBytes(bytes);
  }

  public synchronized int size() {
    return files.size();
  }
}
