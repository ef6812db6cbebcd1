package dev.lectern.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * The site's asset files under fingerprinted names ({@code css/lectern.css} is published as
 * {@code assets/css/lectern.3f2a9c1b7e.css}), so a host may cache them forever: a changed file
 * gets a new name. Sources, in order of precedence: files the build generates (the search
 * index), the site's own {@code assets/}, the built-in theme's. Relative {@code url(...)}
 * references in CSS are rewritten to the fingerprinted names, so stylesheets can use images and
 * fonts beside them.
 */
public final class Assets {
  /** The assets' folder, in the source root and in the output. */
  public static final String FOLDER = "assets";

  private static final Pattern CSS_URL =
      Pattern.compile("url\\(\\s*(['\"]?)([^'\")]+?)\\1\\s*\\)");
  private static final int HASH_CHARS = 10;

  /** One published asset: its output path below the site root, bytes and where it came from. */
  public record Asset(String outputPath, byte[] bytes, String origin) {}

  private final Map<String, Asset> byName;

  private Assets(Map<String, Asset> byName) {
    this.byName = Collections.unmodifiableMap(byName);
  }

  /**
   * Loads theme and site assets, adds {@code generated} ones (name below {@code assets/} →
   * bytes) and fingerprints them all.
   */
  public static Assets load(Path sourceRoot, Map<String, byte[]> generated) throws IOException {
    return load(sourceRoot, generated, true);
  }

  /** As {@link #load(Path, Map)}; without {@code fingerprints}, names are kept as they are. */
  public static Assets load(Path sourceRoot, Map<String, byte[]> generated, boolean fingerprints)
      throws IOException {
    Map<String, byte[]> sources = new TreeMap<>();
    Map<String, String> origins = new TreeMap<>();
    Theme.assets().forEach((name, bytes) -> {
      sources.put(name, bytes);
      origins.put(name, "the built-in theme's " + FOLDER + "/" + name);
    });
    Theme.readTree(sourceRoot.resolve(FOLDER)).forEach((name, bytes) -> {
      sources.put(name, bytes);
      origins.put(name, FOLDER + "/" + name);
    });
    generated.forEach((name, bytes) -> {
      sources.put(name, bytes);
      origins.put(name, "the generated " + name);
    });
    if (!fingerprints) {
      Map<String, Asset> plain = new TreeMap<>();
      sources.forEach((name, bytes) ->
          plain.put(name, new Asset(FOLDER + "/" + name, bytes, origins.get(name))));
      return new Assets(plain);
    }
    return of(sources, origins);
  }

  static Assets of(Map<String, byte[]> sources, Map<String, String> origins) {
    Map<String, Asset> assets = new TreeMap<>();
    // Stylesheets last: their url(...)s need the other files' final names.
    sources.forEach((name, bytes) -> {
      if (!name.endsWith(".css")) {
        assets.put(name, fingerprint(name, bytes, origins.get(name)));
      }
    });
    sources.forEach((name, bytes) -> {
      if (name.endsWith(".css")) {
        byte[] css = rewriteUrls(name, bytes, assets);
        assets.put(name, fingerprint(name, css, origins.get(name)));
      }
    });
    return new Assets(assets);
  }

  /** The published asset for {@code name} (a path below {@code assets/}), if there is one. */
  public Optional<Asset> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** Every asset by name, sorted. */
  public Map<String, Asset> all() {
    return byName;
  }

  private static Asset fingerprint(String name, byte[] bytes, String origin) {
    int slash = name.lastIndexOf('/');
    int dot = name.lastIndexOf('.');
    String hash = hash(bytes);
    String fingerprinted = dot > slash + 1
        ? name.substring(0, dot) + "." + hash + name.substring(dot)
        : name + "." + hash;
    return new Asset(FOLDER + "/" + fingerprinted, bytes, origin);
  }

  private static byte[] rewriteUrls(String cssName, byte[] bytes, Map<String, Asset> assets) {
    String css = new String(bytes, StandardCharsets.UTF_8);
    String dir = cssName.contains("/") ? cssName.substring(0, cssName.lastIndexOf('/') + 1) : "";
    Matcher m = CSS_URL.matcher(css);
    StringBuilder out = new StringBuilder(css.length());
    boolean changed = false;
    while (m.find()) {
      String target = m.group(2).strip();
      String replacement = m.group();
      Optional<String> resolved = resolve(dir, target);
      if (resolved.isPresent() && assets.containsKey(resolved.get())) {
        String published = assets.get(resolved.get()).outputPath();
        String file = published.substring(published.lastIndexOf('/') + 1);
        String rel = target.contains("/") ? target.substring(0, target.lastIndexOf('/') + 1) : "";
        replacement = "url(" + m.group(1) + rel + file + m.group(1) + ")";
        changed = true;
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return changed ? out.toString().getBytes(StandardCharsets.UTF_8) : bytes;
  }

  /** {@code target} relative to folder {@code dir}, or empty for absolute, data: or remote URLs. */
  static Optional<String> resolve(String dir, String target) {
    if (target.isEmpty() || target.startsWith("/") || target.startsWith("#")
        || target.contains(":") || target.contains("?")) {
      return Optional.empty();
    }
    Deque<String> parts = new ArrayDeque<>();
    for (String p : (dir + target).split("/")) {
      if (p.equals("..")) {
        if (parts.isEmpty()) {
          return Optional.empty();
        }
        parts.removeLast();
      } else if (!p.isEmpty() && !p.equals(".")) {
        parts.addLast(p);
      }
    }
    return Optional.of(String.join("/", parts));
  }

  /**
   * The fingerprint: CRC-32 and CRC-32C of the bytes (two polynomials, 64 bits), as hex, cut to
   * {@link #HASH_CHARS}. A name only has to change when the file does, which needs no
   * cryptographic digest; SHA-256 took tens of milliseconds over a large site's search index on
   * every build and every save under {@code serve}, and both CRCs run in native or intrinsic
   * code.
   */
  private static String hash(byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes);
    CRC32C crcC = new CRC32C();
    crcC.update(bytes);
    long both = crc.getValue() << 32 | crcC.getValue();
    return HexFormat.of().toHexDigits(both).substring(0, HASH_CHARS);
  }

  /** For tests: assets from names and bytes, all of one origin. */
  static Assets ofSources(Map<String, byte[]> sources) {
    Map<String, String> origins = new LinkedHashMap<>();
    sources.keySet().forEach(n -> origins.put(n, FOLDER + "/" + n));
    return of(new TreeMap<>(sources), origins);
  }
}
