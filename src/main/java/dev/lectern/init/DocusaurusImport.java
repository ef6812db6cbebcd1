package dev.lectern.init;

import dev.lectern.content.ContentPaths;
import dev.lectern.init.JsConfig.Arr;
import dev.lectern.init.JsConfig.Literal;
import dev.lectern.init.JsConfig.Obj;
import dev.lectern.init.JsConfig.Value;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A site.yml for a Docusaurus project, from the literal values of its
 * {@code docusaurus.config.js} or {@code .ts}: title, tagline, URL and base URL, and the docs
 * plugin's folder, route and edit URL (of the classic preset, or of
 * {@code @docusaurus/plugin-content-docs}); the static folder beside it.
 */
final class DocusaurusImport {
  private DocusaurusImport() {}

  static SiteYml of(Path project, Path configFile) throws InitException {
    String name = project.relativize(configFile).toString().replace('\\', '/');
    Obj config = Importer.readJs(configFile, name);
    SiteYml yml = new SiteYml();
    JsValues v = new JsValues(yml, name);
    Optional<Obj> root = Optional.of(config);
    String siteDir = Optional.ofNullable(project.relativize(configFile).getParent())
        .map(p -> p.toString().replace('\\', '/')).orElse("");
    Optional<Obj> docs = docsOptions(config);
    String docsPath = v.text(docs, "path", "docs.path").orElse("docs");
    String route = v.text(docs, "routeBasePath", "docs.routeBasePath").orElse("docs");
    Optional<String> url = v.text(root, "url", "url");
    String baseUrl = v.text(root, "baseUrl", "baseUrl").orElse("/");
    String contentDir = ContentPaths.normalize("", JsValues.join(siteDir, docsPath))
        .orElseThrow(() -> outside(project, siteDir, docsPath, name));
    yml.comment("Lectern's configuration for this Docusaurus project, written by 'lectern init "
        + "--from' from " + name + ".\nLectern builds the Markdown in " + contentDir + "/ where "
        + "it is; no file there was changed.\nEvery key is described in Lectern's README "
        + "(\"site.yml\" and \"Bring your own docs\").")
        .key("title", v.text(root, "title", "title").orElse(Importer.readable(project)))
        .key("description", v.text(root, "tagline", "tagline"))
        .key("base_url", Importer.baseUrl(url, baseUrl + "/" + route, yml))
        .key("content_dir", contentDir);
    staticDir(project, siteDir, config, v).ifPresent(dir -> yml.key("static_dir", dir));
    Optional<String> editUrl = v.text(docs, "editUrl", "docs.editUrl");
    editUrl.map(e -> editUri(e, docsPath)).ifPresent(e -> yml.key("edit_uri", e));
    editUrl.flatMap(Importer::repository)
        .or(() -> github(v, root))
        .ifPresent(repo -> yml.key("repo_url", repo));
    yml.comment("Docusaurus pages often have no description; their first paragraph serves.")
        .block("min_description_length", 0);
    if (JsValues.has(docs, "sidebarPath")) {
      yml.unread("the sidebar file (sidebarPath): Lectern's sidebar follows the folders, "
          + "sidebar_position and _category_ files");
    }
    if (JsValues.has(root, "i18n")) {
      yml.unread("i18n: only the default language's pages are built");
    }
    return yml;
  }

  /**
   * The docs folder lies above the project folder (Redux keeps {@code website/} beside
   * {@code docs/}): Lectern's content folder must be inside the site's folder, so the site.yml
   * belongs to the folder that holds both.
   */
  private static InitException outside(Path project, String siteDir, String docsPath,
      String name) {
    Path docs = project.resolve(siteDir).resolve(docsPath).normalize();
    Path top = project.toAbsolutePath().normalize();
    Path absoluteDocs = docs.toAbsolutePath().normalize();
    while (top != null && !absoluteDocs.startsWith(top)) {
      top = top.getParent();
    }
    return new InitException("the docs folder of " + name + " ('" + docsPath + "') is outside "
        + project + "; nothing was written", "run 'lectern init --from " + (top == null
            ? "FOLDER" : top.toString()) + "' on the folder that holds both, and build there");
  }

  /** The docs plugin's options: the classic preset's {@code docs}, or the docs plugin's. */
  private static Optional<Obj> docsOptions(Obj config) {
    for (String list : new String[] {"presets", "plugins"}) {
      if (config.properties().get(list) instanceof Arr entries) {
        for (Value entry : entries.items()) {
          if (entry instanceof Arr pair && pair.items().size() == 2
              && pair.items().get(1) instanceof Obj options) {
            String plugin = pair.items().get(0) instanceof Literal l ? l.value().toString() : "";
            if (list.equals("presets")) {
              Optional<Obj> docs = JsValues.object(Optional.of(options), "docs");
              if (docs.isPresent()) {
                return docs;
              }
            } else if (plugin.contains("content-docs")) {
              return Optional.of(options);
            }
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> staticDir(Path project, String siteDir, Obj config,
      JsValues v) {
    String dir = "static";
    if (config.properties().get("staticDirectories") instanceof Arr dirs
        && !dirs.items().isEmpty() && dirs.items().get(0) instanceof Literal l) {
      dir = l.value().toString();
    }
    String path = ContentPaths.normalize("", JsValues.join(siteDir, dir)).orElse(dir);
    return Files.isDirectory(project.resolve(path)) ? Optional.of(path) : Optional.empty();
  }

  /** Docusaurus appends the doc's path below the site folder: docs/intro.md. */
  private static String editUri(String editUrl, String docsPath) {
    String joined = JsValues.join(editUrl, docsPath) + "/";
    try {
      return URI.create(joined).normalize().toString();
    } catch (IllegalArgumentException e) {
      return joined;
    }
  }

  private static Optional<String> github(JsValues v, Optional<Obj> root) {
    Optional<String> org = v.text(root, "organizationName", "organizationName");
    Optional<String> project = v.text(root, "projectName", "projectName");
    return org.isPresent() && project.isPresent()
        ? Optional.of("https://github.com/" + org.get() + "/" + project.get()) : Optional.empty();
  }
}
