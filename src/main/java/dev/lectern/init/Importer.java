package dev.lectern.init;

import dev.lectern.config.ConfigLoader;
import dev.lectern.config.MkDocsConfigReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code lectern init --from PATH}: finds the configuration of the MkDocs, Docusaurus or
 * VitePress project in PATH and writes a site.yml beside it for the same Markdown, read in
 * place. JavaScript configurations are read, never run: values that are not literals are listed.
 */
public final class Importer {
  private static final List<String> DOCUSAURUS = List.of("docusaurus.config.ts",
      "docusaurus.config.js", "docusaurus.config.mjs", "docusaurus.config.cjs",
      "docusaurus.config.mts");
  private static final List<String> VITEPRESS = List.of("config.ts", "config.mts", "config.js",
      "config.mjs");
  private static final Pattern REPOSITORY = Pattern.compile(
      "^(https://(?:github\\.com|gitlab\\.com|codeberg\\.org)/[^/]+/[^/]+)/");

  private Importer() {}

  /**
   * What was written.
   *
   * @param kind "MkDocs", "Docusaurus" or "VitePress"
   * @param from the configuration file read, relative to the project
   * @param unread what could not be read or carried over
   */
  public record Result(String kind, String from, Path written, List<String> unread) {}

  /** Writes {@code project}/site.yml for the project there. */
  public static Result write(Path project) throws InitException {
    if (!Files.isDirectory(project)) {
      throw new InitException(project + " is not a folder", "give the folder of an MkDocs, "
          + "Docusaurus or VitePress project");
    }
    Path target = project.resolve(ConfigLoader.FILE);
    if (Files.exists(target)) {
      throw new InitException(target + " already exists; nothing was written",
          "remove it first, or edit it by hand");
    }
    Optional<String> mkdocs = MkDocsConfigReader.FILES.stream()
        .filter(f -> Files.isRegularFile(project.resolve(f))).findFirst();
    String kind;
    String from;
    SiteYml yml;
    if (mkdocs.isPresent()) {
      kind = "MkDocs";
      from = mkdocs.get();
      yml = MkDocsImport.of(project, from);
    } else {
      Optional<Path> docusaurus = find(project, List.of("", "website"), DOCUSAURUS);
      Optional<Path> vitepress = find(project, vitePressRoots(project), VITEPRESS);
      if (docusaurus.isPresent()) {
        kind = "Docusaurus";
        from = relative(project, docusaurus.get());
        yml = DocusaurusImport.of(project, docusaurus.get());
      } else if (vitepress.isPresent()) {
        kind = "VitePress";
        from = relative(project, vitepress.get());
        yml = VitePressImport.of(project, vitepress.get());
      } else {
        throw new InitException("no mkdocs.yml, docusaurus.config.js or .ts, or "
            + ".vitepress/config.* in " + project, "give the project's top folder; for plain "
            + "Markdown such as a tree of READMEs, write site.yml with 'title', 'base_url' and "
            + "'content_dir: .' (see \"Bring your own docs\" in the README)");
      }
    }
    try {
      Files.writeString(target, yml.text(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InitException("could not write " + target + ": " + e.getMessage(), "");
    }
    return new Result(kind, from, target, yml.unread());
  }

  private static List<String> vitePressRoots(Path project) {
    List<String> roots = new java.util.ArrayList<>(List.of(".vitepress", "docs/.vitepress"));
    try (Stream<Path> list = Files.list(project)) {
      list.filter(Files::isDirectory).map(p -> p.getFileName() + "/.vitepress").sorted()
          .forEach(roots::add);
    } catch (IOException e) {
      // the two usual places are still tried
    }
    return roots;
  }

  private static Optional<Path> find(Path project, List<String> folders, List<String> names) {
    for (String folder : folders) {
      for (String name : names) {
        Path p = project.resolve(folder).resolve(name);
        if (Files.isRegularFile(p)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }

  /** The exported object of a JavaScript configuration file. */
  static JsConfig.Obj readJs(Path file, String name) throws InitException {
    String src;
    try {
      src = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InitException("could not read " + name + ": " + e.getMessage(), "");
    }
    return JsConfig.read(src).orElseThrow(() -> new InitException("found no exported "
        + "configuration object in " + name, "Lectern reads 'export default {…}', "
        + "'module.exports = {…}' or 'export default defineConfig({…})' without running them; "
        + "write site.yml by hand (see lectern init)"));
  }

  /**
   * The site's base URL: the site's address and the path the docs are published at, or a
   * placeholder (noted) when the address is unknown.
   */
  static String baseUrl(Optional<String> site, String path, SiteYml notes) {
    String origin = site.map(s -> s.replaceAll("/+$", "")).orElseGet(() -> {
      notes.unread("the site's URL: base_url is a placeholder; set it, or pass --base-url");
      return "https://example.org";
    });
    String p = ("/" + path + "/").replaceAll("/+", "/");
    return origin + p;
  }

  /** The repository of an edit URL on GitHub, GitLab or Codeberg. */
  static Optional<String> repository(String editUrl) {
    Matcher m = REPOSITORY.matcher(editUrl);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** The project folder's name, made a title. */
  static String readable(Path project) {
    Path name = project.toAbsolutePath().normalize().getFileName();
    String words = name == null ? "Docs" : name.toString().replace('-', ' ').replace('_', ' ');
    return words.isEmpty() ? "Docs" : words.substring(0, 1).toUpperCase(Locale.ROOT)
        + words.substring(1);
  }

  private static String relative(Path project, Path file) {
    return project.relativize(file).toString().replace('\\', '/');
  }
}
