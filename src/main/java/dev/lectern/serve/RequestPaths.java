package dev.lectern.serve;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps request paths to files of the in-memory output, refusing anything that could step outside
 * it: {@code ..} segments (also percent-encoded), backslashes, NUL, and paths outside the base path.
 */
final class RequestPaths {
  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("html", "text/html; charset=utf-8"),
      Map.entry("css", "text/css; charset=utf-8"),
      Map.entry("js", "text/javascript; charset=utf-8"),
      Map.entry("json", "application/json"),
      Map.entry("xml", "application/xml"),
      Map.entry("txt", "text/plain; charset=utf-8"),
      Map.entry("svg", "image/svg+xml"),
      Map.entry("png", "image/png"),
      Map.entry("jpg", "image/jpeg"),
      Map.entry("jpeg", "image/jpeg"),
      Map.entry("gif", "image/gif"),
      Map.entry("webp", "image/webp"),
      Map.entry("avif", "image/avif"),
      Map.entry("ico", "image/x-icon"),
      Map.entry("woff2", "font/woff2"),
      Map.entry("woff", "font/woff"),
      Map.entry("pdf", "application/pdf"),
      Map.entry("webmanifest", "application/manifest+json"));

  private RequestPaths() {}

  /**
   * The site-relative path below {@code basePath} that {@code rawPath} (still percent-encoded)
   * names, or empty if the request is outside the base path or unsafe.
   */
  static Optional<String> relative(String rawPath, String basePath) {
    if (rawPath == null || !rawPath.startsWith("/")) {
      return Optional.empty();
    }
    String path;
    try {
      path = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0 || !path.startsWith(basePath)) {
      return Optional.empty();
    }
    String rel = path.substring(basePath.length());
    for (String segment : rel.split("/", -1)) {
      if (segment.equals("..") || segment.equals(".")) {
        return Optional.empty();
      }
    }
    if (rel.startsWith("/") || rel.contains("//")) {
      return Optional.empty();
    }
    return Optional.of(rel);
  }

  /** The Content-Type for a file name. */
  static String contentType(String file) {
    int dot = file.lastIndexOf('.');
    String ext = dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
    return TYPES.getOrDefault(ext, "application/octet-stream");
  }
}
