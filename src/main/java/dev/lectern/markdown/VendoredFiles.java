package dev.lectern.markdown;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Files shipped inside Lectern for one extension (a vendored library with its licence, and
 * Lectern's script that uses it), published only by sites that use them, under
 * {@code assets/vendor/}. Each published name carries a hash of the file's bytes, so a host may
 * cache it forever.
 */
public final class VendoredFiles {
  private final Map<String, byte[]> byName;
  private final Map<String, String> published = new LinkedHashMap<>();

  /** Files by name, such as {@code katex.min.css} or {@code katex-fonts/a.woff2}. */
  public VendoredFiles(Map<String, byte[]> byName) {
    this.byName = byName;
    byName.forEach((name, bytes) -> published.put(name, "assets/vendor/" + hashed(name, bytes)));
  }

  /**
   * The resources {@code names} of the folder {@code folder} beside {@code owner}'s class
   * ({@code vendor}), read now.
   */
  public static VendoredFiles of(Class<?> owner, String folder, Iterable<String> names) {
    Map<String, byte[]> bytes = new LinkedHashMap<>();
    for (String name : names) {
      bytes.put(name, read(owner, folder + "/" + name));
    }
    return new VendoredFiles(bytes);
  }

  /** A resource beside {@code owner}'s class; an error if Lectern was packaged without it. */
  public static byte[] read(Class<?> owner, String path) {
    try (InputStream in = owner.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Lectern is missing its file " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The path below the site's root that file {@code name} is published at. */
  public String sitePath(String name) {
    String path = published.get(name);
    if (path == null) {
      throw new IllegalArgumentException("no vendored file " + name);
    }
    return path;
  }

  /** Every file by the path it is published at. */
  public Map<String, byte[]> files() {
    Map<String, byte[]> out = new LinkedHashMap<>();
    byName.forEach((name, bytes) -> out.put(published.get(name), bytes));
    return out;
  }

  /** A file in a folder keeps its name (a stylesheet refers to it); others get a hash. */
  private static String hashed(String name, byte[] bytes) {
    if (name.contains("/")) {
      return name;
    }
    CRC32 crc = new CRC32();
    crc.update(bytes);
    String hash = HexFormat.of().toHexDigits((int) crc.getValue());
    int dot = name.endsWith(".min.js") || name.endsWith(".min.css")
        ? name.lastIndexOf(".min.") : name.lastIndexOf('.');
    return dot < 0 ? name + "." + hash : name.substring(0, dot) + "." + hash + name.substring(dot);
  }
}
