package dev.lectern.config;

import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.diagnostic.SourcePosition;
import dev.lectern.yaml.PlainValues;
import dev.lectern.yaml.YamlFields;
import dev.lectern.yaml.YamlNode;
import dev.lectern.yaml.YamlNode.YamlList;
import dev.lectern.yaml.YamlNode.YamlMap;
import dev.lectern.yaml.YamlNode.YamlScalar;
import dev.lectern.yaml.YamlReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an MkDocs project's {@code mkdocs.yml} into a {@link SiteConfig}, for sites without a
 * {@code site.yml}: the site's name, URL, description, author and repository, the docs folder
 * (read in place), the output folder, the navigation, the copyright, {@code extra} and the
 * Markdown extensions. Settings Lectern has no use for (the theme, plugins, extra CSS and
 * JavaScript) are listed once in one warning.
 */
public final class MkDocsConfigReader {
  /** The names MkDocs looks for, in order. */
  public static final List<String> FILES = List.of("mkdocs.yml", "mkdocs.yaml");
  /** Where a site without {@code site_url} is assumed to be: {@code mkdocs serve}'s address. */
  static final String DEFAULT_URL = "http://127.0.0.1:8000/";

  private static final Set<String> USED = Set.of("site_name", "site_url", "site_description",
      "site_author", "repo_url", "edit_uri", "docs_dir", "site_dir", "nav", "not_in_nav",
      "copyright", "extra", "markdown_extensions", "theme", "plugins");
  /** Settings that change nothing Lectern does. */
  private static final Set<String> HARMLESS = Set.of("repo_name", "dev_addr", "strict",
      "remote_branch", "remote_name", "use_directory_urls", "watch", "validation");
  /** Plugins whose job Lectern does itself. */
  private static final Set<String> BUILT_IN_PLUGINS = Set.of("search", "tags");

  private MkDocsConfigReader() {}

  /** Reads {@code name} in {@code sourceRoot}; empty when it has errors (reported). */
  public static Optional<SiteConfig> load(Path sourceRoot, String name, Diagnostics diagnostics) {
    Diagnostics local = new Diagnostics();
    Optional<SiteConfig> config = readMap(sourceRoot, name, local, 0)
        .map(map -> read(sourceRoot, name, map, local));
    if (config.isEmpty() && !local.hasErrors()) {
      local.error(new SourcePosition(name, 1, 1), name + " is empty", "set at least site_name");
    }
    local.sorted().forEach(diagnostics::add);
    return local.hasErrors() ? Optional.empty() : config;
  }

  /**
   * The mapping of {@code name}, with the file it names as {@code INHERIT} under it, as MkDocs
   * merges them: mappings key by key, this file's values over the inherited ones.
   */
  private static Optional<YamlMap> readMap(Path root, String name, Diagnostics out,
      int depth) {
    Optional<YamlMap> map = ConfigLoader.readText(root, name, out)
        .flatMap(text -> YamlReader.read(text, name, 1, out))
        .flatMap(node -> YamlFields.asMap(node, name, out));
    YamlNode.Entry inherit = map.map(m -> m.entries().get("INHERIT")).orElse(null);
    if (inherit == null || !(inherit.value() instanceof YamlScalar s) || s.isNull()) {
      return map;
    }
    String parent = dev.lectern.content.ContentPaths.normalize(
        name.contains("/") ? name.substring(0, name.lastIndexOf('/')) : "", s.text().strip())
        .orElse("");
    if (depth > 8 || parent.isEmpty() || !Files.isRegularFile(root.resolve(parent))) {
      out.error(inherit.value().position(), "'INHERIT' names no configuration file here: '"
          + s.text() + "'", "give a path relative to " + name);
      return map;
    }
    return readMap(root, parent, out, depth + 1).map(base -> merge(base, map.get()));
  }

  private static YamlMap merge(YamlMap base, YamlMap over) {
    Map<String, YamlNode.Entry> merged = new java.util.LinkedHashMap<>(base.entries());
    over.entries().forEach((key, entry) -> {
      YamlNode.Entry old = merged.get(key);
      merged.put(key, old != null && old.value() instanceof YamlMap a
          && entry.value() instanceof YamlMap b
          ? new YamlNode.Entry(key, entry.keyPosition(), merge(a, b)) : entry);
    });
    merged.remove("INHERIT");
    return new YamlMap(over.position(), merged);
  }

  /** The configuration {@code map} describes. */
  public static SiteConfig read(Path sourceRoot, String name, YamlMap map, Diagnostics out) {
    YamlFields f = new YamlFields(map, map.entries().keySet(), out, name);
    String title = f.requiredText("site_name", "set the site's name, e.g. site_name: My Docs");
    URI baseUrl = baseUrl(f, name, out);
    String docs = ConfigLoader.folder(f, "docs_dir", "docs", out);
    Optional<YamlMap> theme = f.rawEntry("theme").map(YamlNode.Entry::value)
        .filter(YamlMap.class::isInstance).map(YamlMap.class::cast);
    String language = theme.flatMap(t -> text(t, "language")).orElse("en");
    Optional<String> repoUrl = f.text("repo_url");
    Optional<String> editUri = ConfigLoader.optionalText(f, "edit_uri")
        .or(() -> repoUrl.flatMap(repo -> defaultEditUri(repo, docs)));
    SiteConfig.Sources sources = new SiteConfig.Sources(name, docs, "",
        customDir(sourceRoot, theme, docs));
    List<String> notInNav = f.text("not_in_nav").map(text -> Arrays.stream(text.split("\n"))
        .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .toList()).orElse(List.of());
    reportIgnored(map, theme, name, out);
    return new SiteConfig(title, f.text("site_description").orElse(""), baseUrl, language,
        f.text("site_author").orElse(""), repoUrl, "main", f.text("site_dir").orElse("site"),
        new SiteConfig.MarkdownOptions(false, SiteConfig.MarkdownOptions.DEFAULT_FAQ_TITLE,
            f.rawEntry("markdown_extensions").map(e -> MarkdownFeatures.read(e.value(), out))
                .orElse(List.of())),
        List.of(), Optional.empty(), 0, List.of(), Map.of(), sources, editUri,
        f.text("copyright").orElse(""), extra(f),
        f.entry("nav").flatMap(e -> NavReader.read(e, notInNav, out)),
        SiteConfig.LinkMode.ERROR);
  }

  private static URI baseUrl(YamlFields f, String name, Diagnostics out) {
    Optional<String> raw = f.text("site_url");
    if (raw.isEmpty()) {
      out.warning(f.position(), name + " has no site_url, so the site is built for "
          + DEFAULT_URL, "set site_url in " + name + ", or pass --base-url");
      return URI.create(DEFAULT_URL);
    }
    return ConfigLoader.parseBaseUrl(raw.get()).orElseGet(() -> {
      out.error(f.entry("site_url").get().value().position(), "'site_url' must be an absolute "
          + "http(s) URL, not '" + raw.get() + "'", "e.g. site_url: https://owner.github.io/repo/");
      return URI.create(DEFAULT_URL);
    });
  }

  /** MkDocs' own default for repositories on GitHub and GitLab: the edit page of the file. */
  private static Optional<String> defaultEditUri(String repoUrl, String docs) {
    boolean known = repoUrl.contains("github.com") || repoUrl.contains("gitlab.com");
    return known ? Optional.of("edit/master/" + docs + "/") : Optional.of("");
  }

  /** A theme folder kept inside the docs folder is not content. */
  private static List<String> customDir(Path root, Optional<YamlMap> theme, String docs) {
    return theme.flatMap(t -> text(t, "custom_dir"))
        .flatMap(dir -> dev.lectern.content.ContentPaths.normalize("", dir))
        .filter(dir -> dir.startsWith(docs + "/") && Files.isDirectory(root.resolve(dir)))
        .map(dir -> List.of(dir.substring(docs.length() + 1))).orElse(List.of());
  }

  private static Map<String, Object> extra(YamlFields f) {
    return f.rawEntry("extra").map(YamlNode.Entry::value).filter(YamlMap.class::isInstance)
        .map(v -> PlainValues.ofMap((YamlMap) v)).orElse(Map.of());
  }

  /** One warning naming every setting Lectern does not use. */
  private static void reportIgnored(YamlMap map, Optional<YamlMap> theme, String name,
      Diagnostics out) {
    List<String> ignored = new ArrayList<>();
    SourcePosition first = null;
    for (YamlNode.Entry e : map.entries().values()) {
      String what = ignored(e, theme);
      if (!what.isEmpty()) {
        ignored.add(what);
        first = first == null ? e.keyPosition() : first;
      }
    }
    if (!ignored.isEmpty()) {
      out.warning(first, "Lectern ignores these settings of " + name + ": "
          + String.join("; ", ignored), "Lectern has its own theme, search and tags; see "
          + "\"Bring your own docs\" in Lectern's README for what it reads");
    }
  }

  private static String ignored(YamlNode.Entry e, Optional<YamlMap> theme) {
    String key = e.key();
    if (key.equals("theme")) {
      return theme.flatMap(t -> text(t, "name")).filter(n -> !n.equals("mkdocs"))
          .map(n -> "theme '" + n + "'").orElse("");
    }
    if (key.equals("plugins")) {
      List<String> plugins = names(e.value()).stream()
          .filter(p -> !BUILT_IN_PLUGINS.contains(p)).toList();
      return plugins.isEmpty() ? "" : "plugins " + String.join(", ", plugins);
    }
    return USED.contains(key) || HARMLESS.contains(key) ? "" : key;
  }

  /** The names in a list of names or single-key mappings (MkDocs' plugins). */
  private static List<String> names(YamlNode value) {
    List<String> names = new ArrayList<>();
    if (value instanceof YamlList list) {
      for (YamlNode item : list.items()) {
        if (item instanceof YamlScalar s && s.text() != null) {
          names.add(s.text().strip());
        } else if (item instanceof YamlMap m) {
          names.addAll(m.entries().keySet());
        }
      }
    } else if (value instanceof YamlMap m) {
      names.addAll(m.entries().keySet());
    }
    return names;
  }

  private static Optional<String> text(YamlMap map, String key) {
    YamlNode.Entry e = map.entries().get(key);
    return e != null && e.value() instanceof YamlScalar s && s.text() != null
        && !s.text().isBlank() ? Optional.of(s.text().strip()) : Optional.empty();
  }
}
