package dev.lectern.markdown;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which URLs may be emitted: never one whose scheme runs script or renders arbitrary documents. */
public final class UrlSafety {
  private static final Set<String> UNSAFE = Set.of("javascript", "vbscript", "data", "file");
  private static final Pattern SCHEME = Pattern.compile("^\\s*([A-Za-z][A-Za-z0-9+.-]*):");
  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x20]");
  private static final Pattern URL_ATTRIBUTE = Pattern.compile(
      "(?i)((?:href|src|action|formaction|xlink:href|poster)\\s*=\\s*[\"']?)\\s*(?:javascript|vbscript|data):");

  private UrlSafety() {}

  /** True for null, relative URLs and safe schemes; images may use {@code data:image/…}. */
  public static boolean isSafe(String url) {
    if (url == null) {
      return true;
    }
    Matcher m = SCHEME.matcher(CONTROL.matcher(url).replaceAll(""));
    if (!m.find()) {
      return true;
    }
    String scheme = m.group(1).toLowerCase(Locale.ROOT);
    return !UNSAFE.contains(scheme);
  }

  /** The scheme of an unsafe URL, for messages. */
  public static String scheme(String url) {
    Matcher m = SCHEME.matcher(CONTROL.matcher(url).replaceAll(""));
    return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
  }

  /** Raw HTML with every script-running URL attribute value defused. */
  public static String defuse(String html) {
    return URL_ATTRIBUTE.matcher(html).replaceAll("$1#blocked:");
  }
}
