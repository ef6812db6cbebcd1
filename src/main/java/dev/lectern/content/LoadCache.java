package dev.lectern.content;

import dev.lectern.config.SiteConfig;
import dev.lectern.diagnostic.Diagnostic;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Markdown files read by earlier builds of one site ({@code serve}'s): a file whose size,
 * modification time and identity are unchanged is not read and its front matter not parsed
 * again. Reading every file's front matter on every save was the largest part of a rebuild.
 * Everything front matter is checked against (the config, the set of Markdown files, drafts)
 * keys the whole cache: if one changes, every file is read again. Thread-safe.
 */
public final class LoadCache {
  /** What a file was, and what reading it gave. */
  record Entry(long size, FileTime modified, Object fileKey, Optional<SourcePage> page,
      List<Diagnostic> diagnostics) {
    boolean matches(BasicFileAttributes now) {
      return now.size() == size && now.lastModifiedTime().equals(modified)
          && Objects.equals(now.fileKey(), fileKey);
    }
  }

  private record Context(SiteConfig config, Set<String> markdownPaths, boolean drafts) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final boolean remembers;
  private Context context;

  private LoadCache(boolean remembers) {
    this.remembers = remembers;
  }

  /** A cache that remembers nothing: every build reads every file. */
  public static LoadCache none() {
    return new LoadCache(false);
  }

  /** A cache that remembers files between builds. */
  public static LoadCache remembering() {
    return new LoadCache(true);
  }

  /** Starts a build; forgets everything if what front matter depends on has changed. */
  synchronized void beginBuild(SiteConfig config, Set<String> markdownPaths, boolean drafts) {
    if (!remembers) {
      return;
    }
    Context now = new Context(config, Set.copyOf(markdownPaths), drafts);
    if (!now.equals(context)) {
      entries.clear();
      context = now;
    }
    entries.keySet().retainAll(markdownPaths);
  }

  /** What reading {@code contentPath} gave, if the file is as it was then; else null. */
  Entry find(String contentPath, BasicFileAttributes now) {
    Entry known = entries.get(contentPath);
    return known != null && known.matches(now) ? known : null;
  }

  void store(String contentPath, Entry entry) {
    if (remembers) {
      entries.put(contentPath, entry);
    }
  }
}
