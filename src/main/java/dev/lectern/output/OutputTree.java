package dev.lectern.output;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The whole built site in memory: file path (forward slashes, relative to the output root) →
 * bytes, sorted, so that writing and comparing are deterministic. Nothing touches the disk until
 * {@link SiteWriter} writes it.
 */
public final class OutputTree {
  private final SortedMap<String, byte[]> files = new TreeMap<>();
  private final Map<String, String> origins = new TreeMap<>();

  /**
   * Adds a file.
   *
   * @param origin who produced it, for the message when two things produce the same file
   * @return the origin of the file already at {@code path}, or null if there was none
   */
  public synchronized String put(String path, byte[] content, String origin) {
    String earlier = origins.get(path);
    if (earlier != null) {
      return earlier;
    }
    files.put(path, content);
    origins.put(path, origin);
    return null;
  }

  public String put(String path, String content, String origin) {
    return put(path, content.getBytes(StandardCharsets.UTF_8), origin);
  }

  /** Every file, sorted by path. */
  public synchronized SortedMap<String, byte[]> files() {
    return Collections.unmodifiableSortedMap(new TreeMap<>(files));
  }

  public synchronized byte[] get(String path) {
    return files.get(path);
  }

  public synchronized String text(String path) {
    byte[] b = files.get(path);
    return b == null ? null : new String(b, StandardCharsets.UTF_8);
  }

  public synchronized int size() {
    return files.size();
  }
}
