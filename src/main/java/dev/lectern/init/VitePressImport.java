package dev.lectern.init;

import dev.lectern.content.ContentPaths;
import dev.lectern.init.JsConfig.Literal;
import dev.lectern.init.JsConfig.Obj;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A site.yml for a VitePress project, from the literal values of its
 * {@code .vitepress/config.js}, {@code .ts} or {@code .mts}: title, description, language, base,
 * the sitemap's host name (VitePress has no site URL otherwise), the source folder (and a rewrite
 * that serves one folder of it at the root), the edit link's pattern, the footer's copyright, and
 * the {@code public/} folder as the static folder.
 */
final class VitePressImport {
  private static final String REST = "/:rest*";

  private VitePressImport() {}

  static SiteYml of(Path project, Path configFile) throws InitException {
    String name = project.relativize(configFile).toString().replace('\\', '/');
    Obj config = Importer.readJs(configFile, name);
    SiteYml yml = new SiteYml();
    JsValues v = new JsValues(yml, name);
    Optional<Obj> root = Optional.of(config);
    Optional<Obj> theme = JsValues.object(root, "themeConfig");
    // The folder holding .vitepress/ is VitePress' project root; srcDir is relative to it.
    Path docsRoot = configFile.getParent().getParent();
    String rootDir = project.relativize(docsRoot).toString().replace('\\', '/');
    String srcDir = ContentPaths.normalize("", JsValues.join(rootDir,
        v.text(root, "srcDir", "srcDir").orElse("."))).orElse(rootDir);
    String contentDir = rewrittenFolder(config, yml).map(f -> JsValues.join(srcDir, f))
        .orElse(srcDir);
    Optional<String> host = v.text(JsValues.object(root, "sitemap"), "hostname",
        "sitemap.hostname");
    yml.comment("Lectern's configuration for this VitePress project, written by 'lectern init "
        + "--from' from " + name + ".\nLectern builds the Markdown in " + (contentDir.isEmpty()
            ? "this folder" : contentDir + "/") + " where it is; no file there was changed.\n"
        + "Every key is described in Lectern's README (\"site.yml\" and \"Bring your own "
        + "docs\").")
        .key("title", v.text(root, "title", "title").orElse(Importer.readable(project)))
        .key("description", v.text(root, "description", "description"))
        .key("language", v.text(root, "lang", "lang"))
        .key("base_url", Importer.baseUrl(host, v.text(root, "base", "base").orElse("/"), yml))
        .key("content_dir", contentDir.isEmpty() ? "." : contentDir);
    String publicDir = JsValues.join(srcDir, "public");
    if (Files.isDirectory(project.resolve(publicDir))) {
      yml.key("static_dir", publicDir);
    }
    Optional<String> pattern = v.text(JsValues.object(theme, "editLink"), "pattern",
        "themeConfig.editLink.pattern");
    pattern.filter(p -> p.endsWith(":path")).map(p -> p.substring(0, p.length() - 5))
        .ifPresent(p -> yml.key("edit_uri", p));
    pattern.flatMap(Importer::repository).ifPresent(repo -> yml.key("repo_url", repo));
    v.text(JsValues.object(theme, "footer"), "copyright", "themeConfig.footer.copyright")
        .ifPresent(c -> yml.key("copyright", c));
    yml.comment("VitePress pages often have no description; their first paragraph serves.")
        .block("min_description_length", 0);
    if (!contentDir.equals(srcDir)) {
      // '<<< @/x' is the source folder's x, and only one locale's folder of it is built.
      yml.comment("'<<< @/file' imports: '@' is VitePress's source folder.")
          .block("snippets", Map.of("base_path", List.of(".", srcDir.isEmpty() ? "." : srcDir)));
    }
    if (JsValues.has(theme, "sidebar")) {
      yml.unread("themeConfig.sidebar: Lectern's sidebar follows the folders and each page's "
          + "weight");
    }
    if (JsValues.has(root, "locales")) {
      yml.unread("locales: only the pages of " + (contentDir.isEmpty() ? "the source folder"
          : contentDir + "/") + " are built");
    }
    return yml;
  }

  /**
   * The folder a rewrite {@code 'en/:rest*': ':rest*'} serves at the root: Lectern builds that
   * folder. Other rewrites are noted as not carried over.
   */
  private static Optional<String> rewrittenFolder(Obj config, SiteYml yml) {
    if (!(config.properties().get("rewrites") instanceof Obj rewrites)) {
      if (config.properties().containsKey("rewrites")) {
        yml.unread("rewrites (not a literal object)");
      }
      return Optional.empty();
    }
    if (rewrites.properties().size() == 1) {
      Map.Entry<String, JsConfig.Value> rule = rewrites.properties().entrySet().iterator().next();
      String from = rule.getKey();
      String prefix = from.endsWith(REST) ? from.substring(0, from.length() - REST.length())
          : "";
      if (!prefix.isEmpty() && !prefix.contains(":") && rule.getValue() instanceof Literal l
          && l.value().toString().equals(":rest*")) {
        return Optional.of(prefix);
      }
    }
    yml.unread("rewrites: pages are published at the URLs of their files");
    return Optional.empty();
  }
}
