package dev.lectern.markdown;

import dev.lectern.content.ContentPaths;
import dev.lectern.content.PageKind;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.diagnostic.SourcePosition;
import dev.lectern.diagnostic.Suggestions;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

/**
 * Rewrites relative links in a page's document to site URLs: {@code ../b.md#x} becomes the target
 * page's URL plus {@code #x}, a relative image or file becomes its copied file's URL, a folder
 * becomes its section's URL. A relative link to nothing is an error at the link's position.
 * Absolute URLs, root-relative paths and bare fragments are left as written.
 */
public final class LinkRewriter {
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

  private final LinkTargets targets;

  public LinkRewriter(LinkTargets targets) {
    this.targets = targets;
  }

  /** Rewrites the links of {@code page} in place, reporting links to missing targets. */
  public void rewrite(ParsedMarkdown page, Diagnostics out) {
    String from = page.source().contentPath();
    String file = page.source().file();
    for (Node node : page.links()) {
      if (node instanceof Link link) {
        resolve(link, link.getDestination(), from, file, out).ifPresent(link::setDestination);
      } else if (node instanceof Image image) {
        resolve(image, image.getDestination(), from, file, out).ifPresent(image::setDestination);
      }
    }
  }

  private Optional<String> resolve(
      Node node, String destination, String from, String file, Diagnostics out) {
    if (!isRelative(destination)) {
      return Optional.empty();
    }
    int cut = firstOf(destination, '#', '?');
    String path = decode(destination.substring(0, cut));
    String suffix = destination.substring(cut);
    String folder = from.contains("/") ? from.substring(0, from.lastIndexOf('/')) : "";
    Optional<String> url = ContentPaths.normalize(folder, path).flatMap(this::urlOf);
    if (url.isPresent()) {
      return Optional.of(url.get() + suffix);
    }
    SourcePosition at = Positions.of(node, file);
    String what = path.endsWith(".md") ? "link to missing page '" : "link to missing file '";
    out.error(at, what + path + "'", hint(folder, path));
    return Optional.empty();
  }

  private Optional<String> urlOf(String contentPath) {
    if (contentPath.isEmpty() || contentPath.endsWith("/")) {
      return targets.pageUrl(contentPath + PageKind.INDEX_FILE);
    }
    return targets.pageUrl(contentPath)
        .or(() -> targets.fileUrl(contentPath))
        .or(() -> targets.pageUrl(contentPath + "/" + PageKind.INDEX_FILE));
  }

  private String hint(String folder, String path) {
    String resolved = ContentPaths.normalize(folder, path).orElse(path);
    return Suggestions.closest(resolved, targets.allPaths())
        .map(target -> "did you mean '" + relative(folder, target) + "'?")
        .orElse(path.endsWith(".md")
            ? "link to another page's .md file by its relative path, e.g. ../section/page.md"
            : "put the file in content/ beside the page, or fix the path");
  }

  /** {@code target} written relative to {@code folder}, both content paths. */
  static String relative(String folder, String target) {
    String[] from = folder.isEmpty() ? new String[0] : folder.split("/");
    String[] to = target.split("/");
    int common = 0;
    while (common < from.length && common < to.length - 1 && from[common].equals(to[common])) {
      common++;
    }
    StringBuilder s = new StringBuilder();
    for (int i = common; i < from.length; i++) {
      s.append("../");
    }
    for (int i = common; i < to.length; i++) {
      s.append(to[i]).append(i < to.length - 1 ? "/" : "");
    }
    return s.toString();
  }

  private static boolean isRelative(String destination) {
    return !destination.isEmpty() && !destination.startsWith("#") && !destination.startsWith("/")
        && !SCHEME.matcher(destination).find();
  }

  private static int firstOf(String s, char a, char b) {
    int i = s.indexOf(a);
    int j = s.indexOf(b);
    if (i < 0) {
      return j < 0 ? s.length() : j;
    }
    return j < 0 ? i : Math.min(i, j);
  }

  private static String decode(String path) {
    try {
      return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return path;
    }
  }
}
