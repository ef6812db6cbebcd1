package dev.lectern.render;

import dev.lectern.markdown.ParsedMarkdown;
import dev.lectern.markdown.TocEntry;
import dev.lectern.site.Page;
import dev.lectern.site.Site;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A digest of everything a page's HTML may take from the rest of the site: the configuration,
 * every page's place, front matter, dates, summary, length and headings, the site's own templates
 * (names, sizes, times) and the names of the assets. Two builds with the same skeleton render an
 * unchanged page the same way.
 */
public final class SiteSkeleton {
  private SiteSkeleton() {}

  /**
   * The digests of pages' own parts (front matter, summary, length, headings) by parsed page,
   * compared by identity: serve reuses the parsed pages of unchanged files, so only an edited
   * page's part is digested again. Hashing every page's part on every rebuild took a fifth of
   * a rebuild at 1,000 chapters. Thread-safe.
   */
  public static final class Memo {
    private Map<ParsedMarkdown, byte[]> parts = new IdentityHashMap<>();

    synchronized byte[] part(ParsedMarkdown page, Map<ParsedMarkdown, byte[]> next) {
      byte[] digest = parts.get(page);
      if (digest == null) {
        MessageDigest sha = sha256();
        add(sha, page.source().meta() + "|" + page.summary() + "|" + page.words());
        for (TocEntry heading : page.headings()) {
          add(sha, heading.toString());
        }
        digest = sha.digest();
      }
      next.put(page, digest);
      return digest;
    }

    /** Keeps the parts of this build's pages only. */
    synchronized void retain(Map<ParsedMarkdown, byte[]> next) {
      parts = next;
    }
  }

  public static String of(Site site, Path sourceRoot, Assets assets, Memo memo) {
    MessageDigest sha = sha256();
    add(sha, site.config().toString());
    Map<ParsedMarkdown, byte[]> next = new IdentityHashMap<>();
    for (Page page : site.allPages()) {
      add(sha, page.contentPath() + "|" + page.sitePath() + "|" + page.generated() + "|"
          + site.dates().published(page) + "|" + site.dates().modified(page));
      sha.update(memo.part(page.markdown(), next));
    }
    memo.retain(next);
    assets.all().values().forEach(a -> add(sha, a.outputPath()));
    Path templates = sourceRoot.resolve(Templates.FOLDER);
    if (Files.isDirectory(templates)) {
      try (Stream<Path> walk = Files.walk(templates)) {
        for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
          add(sha, templates.relativize(p) + "|" + Files.size(p) + "|"
              + Files.getLastModifiedTime(p).toMillis());
        }
      } catch (IOException e) {
        add(sha, "unreadable templates " + System.nanoTime());  // never matches: render all
      }
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static void add(MessageDigest sha, String s) {
    sha.update(s.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
