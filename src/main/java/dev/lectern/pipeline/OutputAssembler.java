package dev.lectern.pipeline;

import dev.lectern.config.SiteConfig;
import dev.lectern.content.StaticFile;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.extend.ExtensionSet;
import dev.lectern.site.SiteAssembler.Assembled;
import dev.lectern.diagnostic.SourcePosition;
import dev.lectern.output.OutputTree;
import dev.lectern.render.Assets;
import dev.lectern.site.Urls;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

/**
 * Gathers every output file into one {@link OutputTree}: rendered pages, the site's assets over
 * the theme's, static files from content beside their pages, and the static folder's files at
 * the root. Two sources of one output file are an error naming both.
 */
final class OutputAssembler {
  private final OutputTree tree;
  private final Diagnostics diagnostics;

  OutputAssembler(OutputTree tree, Diagnostics diagnostics) {
    this.tree = tree;
    this.diagnostics = diagnostics;
  }

  /**
   * Every file but the pages: the sitemap, robots.txt and feed, the assets, the search index,
   * the content's static files, the files of the site's root, redirects, and the extensions'
   * files.
   */
  void all(Assembled assembled, Map<String, String> descriptions, Assets assets,
      Map<String, byte[]> searchIndex, dev.lectern.content.ContentSet content,
      ExtensionSet extensions) {
    dev.lectern.config.SiteConfig config = assembled.site().config();
    texts(dev.lectern.seo.SiteFiles.of(assembled.site(), descriptions));
    assets(assets);
    files(searchIndex, "the search index");
    staticFiles(content.staticFiles(), config.sources());
    rootFiles(content.rootFiles(), config.sources());
    texts(dev.lectern.seo.Redirects.of(assembled.site()));
    generated(extensions, assembled);
  }

  /** One rendered page. */
  void page(String file, dev.lectern.render.PageRenderer.Rendered page) {
    if (add(file, page.html().orElseThrow(), "page " + file)) {
      tree.digest(file, page.digest());
    }
  }

  OutputTree tree() {
    return tree;
  }

  void texts(Map<String, String> files) {
    files.forEach((file, text) -> add(file, text.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        "page " + file));
  }

  /** The site's assets under their fingerprinted names. */
  void assets(Assets assets) {
    assets.all().values().forEach(a -> add(a.outputPath(), a.bytes(), a.origin()));
  }

  /** Generated files other than pages, such as the search index. */
  void files(Map<String, byte[]> files, String origin) {
    files.forEach((file, bytes) -> add(file, bytes, origin));
  }

  /** Files of the content folder, beside their pages. */
  void staticFiles(Iterable<StaticFile> files, SiteConfig.Sources sources) {
    for (StaticFile f : files) {
      copy(Urls.filePath(f.contentPath()), f, sources.file(f.contentPath()));
    }
  }

  /** Files of the static folder, at the site's root under their own paths. */
  void rootFiles(Iterable<StaticFile> files, SiteConfig.Sources sources) {
    for (StaticFile f : files) {
      copy(f.contentPath(), f, sources.staticDir() + "/" + f.contentPath());
    }
  }

  private void copy(String path, StaticFile f, String origin) {
    try {
      add(path, Files.readAllBytes(f.source()), origin);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The files of the extensions' output generators. */
  void generated(ExtensionSet extensions, Assembled assembled) {
    if (extensions.outputs().isEmpty()) {
      return;
    }
    SiteInfoView site = new SiteInfoView(assembled, diagnostics);
    for (ExtensionSet.NamedOutput output : extensions.outputs()) {
      Map<String, byte[]> files;
      try {
        files = output.generator().generate(site);
      } catch (RuntimeException e) {
        diagnostics.error(SourcePosition.of("extension '" + output.extension() + "'"),
            "its output generator failed: " + e, "this is a bug in the extension");
        continue;
      }
      new java.util.TreeMap<>(files).forEach((path, bytes) -> {
        if (!OutputPaths.isSafe(path)) {
          diagnostics.error(SourcePosition.of("extension '" + output.extension() + "'"),
              "it writes '" + path + "', which is not a path inside the site",
              "output paths are relative, '/'-separated and without '..'");
        } else {
          add(path, bytes, "extension '" + output.extension() + "'");
        }
      });
    }
  }

  /** True for an origin that is a source file, not "page …", "extension …" or "the …". */
  private static boolean isFile(String origin) {
    return !origin.startsWith("page ") && !origin.startsWith("extension ")
        && !origin.startsWith("the ");
  }

  /** Adds a file; false (and an error) when another already produced it. */
  private boolean add(String path, byte[] bytes, String origin) {
    String earlier = tree.put(path, bytes, origin);
    if (earlier == null) {
      return true;
    }
    String file = isFile(origin) ? origin : earlier;
    diagnostics.error(SourcePosition.of(file), "output file '" + path + "' is produced by both "
        + earlier + " and " + origin, "rename or move one of them");
    return false;
  }
}
