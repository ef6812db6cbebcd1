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
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Walks {@code content/} in sorted order and reads every Markdown file's front matter; other
 * files become {@link StaticFile}s. Hidden files and folders (starting with '.') are skipped.
 */
public final class ContentLoader {
  /** The content folder's name in the source root. */
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
    Path root = sourceRoot.resolve(FOLDER);
    if (!Files.isDirectory(root)) {
      diagnostics.error(SourcePosition.of(FOLDER), "content folder not found",
          "create content/_index.md (the home page) and your chapters below content/");
      return new ContentSet(List.of(), List.of(), Set.of());
    }
    List<Path> files = listFiles(root);
    Set<String> markdownPaths = new TreeSet<>();
    files.stream().map(p -> contentPath(root, p)).filter(p -> p.endsWith(".md"))
        .forEach(markdownPaths::add);
    FrontMatterReader reader = new FrontMatterReader(config);
    // What reading front matter depends on besides the file itself.
    Fingerprint settings = Digester.of("front-matter", config.roles(),
        config.minDescriptionLength());
    MemoTable<Optional<SourcePage>> pagesRead = memo.table("load");
    List<StaticFile> statics = new ArrayList<>();
    for (Path path : files) {
      String contentPath = contentPath(root, path);
      if (!contentPath.endsWith(".md")) {
        statics.add(new StaticFile(contentPath, path));
      }
    }
    // Read and front matter parsed in parallel; the list keeps the files' sorted order.
    List<SourcePage> pages = files.parallelStream()
        .filter(path -> contentPath(root, path).endsWith(".md"))
        .map(path -> readPage(root, path, reader, settings, pagesRead, diagnostics)
            .filter(page -> drafts || !page.meta().draft()))
        .flatMap(Optional::stream)
        .toList();
    return new ContentSet(pages, List.copyOf(statics), Set.copyOf(markdownPaths));
  }

  private static List<Path> listFiles(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !isHidden(root.relativize(p)))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static Optional<SourcePage> readPage(Path root, Path path, FrontMatterReader reader,
      Fingerprint settings, MemoTable<Optional<SourcePage>> memo, Diagnostics diagnostics) {
    String contentPath = contentPath(root, path);
    String file = FOLDER + "/" + contentPath;
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return memo.get(Digester.of(contentPath, bytes, settings), diagnostics,
        own -> readText(bytes, file, own).flatMap(text -> reader.read(contentPath, file, text, own)));
  }

  private static Optional<String> readText(byte[] bytes, String file, Diagnostics diagnostics) {
    try {
      String text = StandardCharsets.UTF_8.newDecoder().decode(
          java.nio.ByteBuffer.wrap(bytes)).toString();
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      return Optional.of(text.replace("\r\n", "\n").replace('\r', '\n'));
    } catch (CharacterCodingException e) {
      diagnostics.error(SourcePosition.of(file), "file is not valid UTF-8",
          "save it with UTF-8 encoding");
      return Optional.empty();
    }
  }

  private static String contentPath(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }
}
