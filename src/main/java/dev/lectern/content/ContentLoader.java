package dev.lectern.content;

import dev.lectern.config.SiteConfig;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.diagnostic.SourcePosition;
import dev.lectern.memo.Digester;
import dev.lectern.memo.Fingerprint;
import dev.lectern.memo.Memo;
import dev.lectern.memo.MemoTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Walks the content folder in sorted order and reads every Markdown file's front matter; other
 * files become {@link StaticFile}s, and Docusaurus category files {@link FolderSettings}. Files
 * and folders whose names start with '.' or '_' (other than landing pages such as
 * {@code _index.md}) are not published. The static folder's files are published at the site's
 * root. A file whose front matter is broken is reported, and every other file is read.
 */
public final class ContentLoader {
  /** Lectern's own name for the content folder. */
  public static final String FOLDER = "content";

  private ContentLoader() {}

  public static ContentSet load(
      Path sourceRoot, SiteConfig config, boolean drafts, Diagnostics diagnostics) {
    return load(sourceRoot, config, drafts, diagnostics, Memo.forOneBuild());
  }

  /**
   * As {@link #load(Path, SiteConfig, boolean, Diagnostics)}, reusing the front matter of files
   * whose bytes {@code memo} has seen read under the same settings.
   */
  public static ContentSet load(Path sourceRoot, SiteConfig config, boolean drafts,
      Diagnostics diagnostics, Memo memo) {
    SiteConfig.Sources sources = config.sources();
    Path root = sourceRoot.resolve(sources.contentDir());
    if (!Files.isDirectory(root)) {
      diagnostics.error(SourcePosition.of(sources.contentDir()), "content folder not found",
          sources.contentDir().equals(FOLDER)
              ? "create content/_index.md (the home page) and your chapters below content/"
              : "create the folder, or set content_dir in " + sources.configFile());
      return ContentSet.EMPTY;
    }
    List<String> files = listFiles(root, sources.excluded());
    Set<String> markdownPaths = new TreeSet<>();
    List<StaticFile> statics = new ArrayList<>();
    Map<String, String> categoryFiles = new TreeMap<>();
    for (String path : files) {
      if (PageKind.isMarkdown(path) && isPublished(path)) {
        markdownPaths.add(path);
      } else if (CategoryFiles.NAMES.contains(name(path)) && isPublished(folderOf(path))) {
        categoryFiles.putIfAbsent(folderOf(path), path);
      } else if (isPublished(path)) {
        statics.add(new StaticFile(path, root.resolve(path)));
      }
    }
    Set<String> twins = Landings.reportTwins(markdownPaths, sources, diagnostics);
    Set<String> toRead = new TreeSet<>(markdownPaths);
    toRead.removeAll(twins);
    List<ReadPage> read = readPages(root, toRead, config, diagnostics, memo);
    List<SourcePage> pages = new ArrayList<>();
    Map<SourcePage, Fingerprint> readFrom = new java.util.IdentityHashMap<>();
    Set<String> unreadable = new TreeSet<>(markdownPaths);
    for (ReadPage r : read) {
      r.page().ifPresent(p -> unreadable.remove(p.contentPath()));
      r.page().filter(p -> drafts || !p.meta().draft()).ifPresent(p -> {
        pages.add(p);
        readFrom.put(p, r.key());
      });
    }
    return new ContentSet(List.copyOf(pages), List.copyOf(statics), Set.copyOf(markdownPaths),
        folders(root, sources, categoryFiles, diagnostics),
        staticRoot(sourceRoot, sources), Set.copyOf(unreadable),
        java.util.Collections.unmodifiableMap(readFrom));
  }

  /** A page read (empty when broken) and the fingerprint of what it was read from. */
  private record ReadPage(Optional<SourcePage> page, Fingerprint key) {}

  /** Read and front matter parsed in parallel; the list keeps the files' sorted order. */
  private static List<ReadPage> readPages(Path root, Set<String> paths,
      SiteConfig config, Diagnostics diagnostics, Memo memo) {
    FrontMatterReader reader = new FrontMatterReader(config);
    // What reading front matter depends on besides the file itself.
    Fingerprint settings = Digester.of("front-matter", config.roles(),
        config.minDescriptionLength(), config.sources().contentDir());
    MemoTable<Optional<SourcePage>> pagesRead = memo.table("load");
    return paths.parallelStream()
        .map(path -> readPage(root, path, config.sources().file(path), reader, settings,
            pagesRead, diagnostics))
        .toList();
  }

  private static Map<String, FolderSettings> folders(Path root, SiteConfig.Sources sources,
      Map<String, String> categoryFiles, Diagnostics diagnostics) {
    Map<String, FolderSettings> folders = new TreeMap<>();
    categoryFiles.forEach((folder, path) -> {
      String file = sources.file(path);
      SourceText.decode(bytes(root.resolve(path)), file, diagnostics)
          .flatMap(text -> CategoryFiles.read(file, text, diagnostics))
          .ifPresent(settings -> folders.put(folder, settings));
    });
    return Map.copyOf(folders);
  }

  /** The files of the static folder, each published at its own path from the site's root. */
  private static List<StaticFile> staticRoot(Path sourceRoot, SiteConfig.Sources sources) {
    if (sources.staticDir().isEmpty()) {
      return List.of();
    }
    Path dir = sourceRoot.resolve(sources.staticDir());
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    return listFiles(dir, List.of()).stream().map(p -> new StaticFile(p, dir.resolve(p)))
        .toList();
  }

  /** Every file below {@code root} as a '/'-separated relative path, sorted; hidden ones left out. */
  private static List<String> listFiles(Path root, List<String> excluded) {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !isHidden(p))
          .filter(p -> excluded.stream().noneMatch(x -> p.equals(x) || p.startsWith(x + "/")))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isHidden(String path) {
    for (String part : path.split("/")) {
      if (part.startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /**
   * True unless a folder or the file is named with a leading '_' (partials, drafts, templates);
   * a landing page such as {@code _index.md} is published.
   */
  static boolean isPublished(String path) {
    String[] parts = path.split("/");
    for (int i = 0; i < parts.length; i++) {
      boolean last = i == parts.length - 1;
      if (parts[i].startsWith("_") && !(last && PageKind.isLanding(parts[i]))) {
        return false;
      }
    }
    return true;
  }

  private static ReadPage readPage(Path root, String contentPath, String file,
      FrontMatterReader reader, Fingerprint settings, MemoTable<Optional<SourcePage>> memo,
      Diagnostics diagnostics) {
    byte[] bytes = bytes(root.resolve(contentPath));
    Fingerprint key = Digester.of(contentPath, bytes, settings);
    return new ReadPage(memo.get(key, diagnostics, own -> SourceText.decode(bytes, file, own)
        .flatMap(text -> reader.read(contentPath, file, text, own))), key);
  }

  private static byte[] bytes(Path path) {
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String name(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private static String folderOf(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }
}
