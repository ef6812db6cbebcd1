package dev.lectern.config;

import dev.lectern.config.SiteConfig.MarkdownOptions;
import dev.lectern.config.SiteConfig.Role;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.diagnostic.SourcePosition;
import dev.lectern.yaml.YamlFields;
import dev.lectern.yaml.YamlNode;
import dev.lectern.yaml.YamlNode.YamlMap;
import dev.lectern.yaml.YamlNode.YamlScalar;
import dev.lectern.yaml.YamlReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Loads and validates {@code site.yml}, reporting every problem at once (unknown keys with a
 * suggestion, missing or malformed values) before any content is read.
 */
public final class ConfigLoader {
  /** The config file's name in the source root. */
  public static final String FILE = "site.yml";

  /** The keys of site.yml that Lectern itself reads; any other key is an extension's. */
  public static final Set<String> KEYS = Set.of("title", "description", "base_url", "language",
      "author", "repo_url", "edit_branch", "output", "markdown", "roles", "faq_title",
      "cname", "min_description_length", "extensions", "content_dir", "static_dir", "edit_uri",
      "copyright", "extra", "nav", "not_in_nav", "links");
  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");
  private static final Pattern ROLE_ID = Pattern.compile("[a-z][a-z0-9-]*");

  private ConfigLoader() {}

  /**
   * Reads the config of the site in {@code sourceRoot}.
   *
   * @return the config, or empty when problems were reported to {@code diagnostics}
   */
  public static Optional<SiteConfig> load(Path sourceRoot, Diagnostics diagnostics) {
    return load(sourceRoot, Set.of(), diagnostics);
  }

  /**
   * Reads the config of the site in {@code sourceRoot}, where {@code extensionNames} may also
   * be keys (their settings). Other unknown keys are errors, unless the site lists extension
   * jars: then they are checked once those are loaded.
   *
   * @return the config, or empty when problems were reported to {@code diagnostics}
   */
  public static Optional<SiteConfig> load(Path sourceRoot, Set<String> extensionNames,
      Diagnostics diagnostics) {
    Path file = sourceRoot.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      Optional<String> mkdocs = MkDocsConfigReader.FILES.stream()
          .filter(name -> Files.isRegularFile(sourceRoot.resolve(name))).findFirst();
      if (mkdocs.isPresent()) {
        return MkDocsConfigReader.load(sourceRoot, mkdocs.get(), diagnostics);
      }
      diagnostics.error(SourcePosition.of(FILE), "site configuration not found in " + sourceRoot,
          "create site.yml with at least 'title' and 'base_url' (lectern init writes one, "
              + "lectern init --from DIR one for an MkDocs, Docusaurus or VitePress project), "
              + "or pass --source DIR");
      return Optional.empty();
    }
    Optional<String> text = readText(sourceRoot, FILE, diagnostics);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<SiteConfig> config = YamlReader.read(text.get(), FILE, 1, diagnostics)
        .flatMap(root -> YamlFields.asMap(root, FILE, diagnostics))
        .map(map -> read(map, extensionNames, diagnostics));
    if (config.isEmpty() && !diagnostics.hasErrors()) {
      diagnostics.error(new SourcePosition(FILE, 1, 1), "site.yml is empty",
          "set at least 'title' and 'base_url'");
    }
    return diagnostics.hasErrors() ? Optional.empty() : config;
  }

  /**
   * Where the site in {@code sourceRoot} keeps its inputs, as its configuration says; Lectern's
   * own layout when the configuration cannot be read (a build reports why).
   */
  public static SiteConfig.Sources sources(Path sourceRoot) {
    try {
      return load(sourceRoot, Set.of(), new Diagnostics()).map(SiteConfig::sources)
          .orElse(SiteConfig.Sources.DEFAULT);
    } catch (RuntimeException e) {
      return SiteConfig.Sources.DEFAULT;
    }
  }

  /** The text of a configuration file, or empty when it is not UTF-8 (reported). */
  static Optional<String> readText(Path sourceRoot, String name, Diagnostics diagnostics) {
    try {
      return dev.lectern.content.SourceText.decode(Files.readAllBytes(sourceRoot.resolve(name)),
          name, diagnostics);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final java.util.regex.Pattern HOST = java.util.regex.Pattern.compile(
      "(?i)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+");

  private static SiteConfig read(YamlMap map, Set<String> extensionNames,
      Diagnostics diagnostics) {
    // Keys of extensions are checked once the extensions are known (Extensions).
    java.util.Set<String> present = new java.util.HashSet<>(KEYS);
    present.addAll(map.entries().keySet());
    YamlFields f = new YamlFields(map, present, diagnostics, FILE);
    List<SiteConfig.ExtensionJar> jars = extensionJars(f);
    if (jars.isEmpty()) {
      reportUnknownKeys(map, extensionNames, diagnostics);
    }
    String title = f.requiredText("title", "set the site's name, e.g. title: My Guide");
    String description = f.text("description").orElse("");
    URI baseUrl = baseUrl(f, diagnostics);
    String language = f.text("language").orElse("en");
    if (!LANGUAGE.matcher(language).matches()) {
      diagnostics.error(f.entry("language").get().value().position(),
          "'language' must be a language tag, not '" + language + "'", "e.g. en, en-GB, de");
    }
    Optional<String> repoUrl = f.text("repo_url");
    repoUrl.filter(u -> parseAbsolute(u).isEmpty()).ifPresent(u -> diagnostics.error(
        f.entry("repo_url").get().value().position(), "'repo_url' must be an absolute http(s) URL",
        "e.g. repo_url: https://github.com/owner/repo"));
    boolean whole = f.text("content_dir").map(d -> d.equals(".") || d.equals("./"))
        .orElse(false);
    String contentDir = whole ? "" : folder(f, "content_dir", "content", diagnostics);
    // A static folder sits beside the content folder, as in Hugo and Docusaurus.
    String besideContent = contentDir.contains("/")
        ? contentDir.substring(0, contentDir.lastIndexOf('/') + 1) + "static" : "static";
    String staticDir = folder(f, "static_dir", besideContent, diagnostics);
    List<String> excluded = new ArrayList<>();
    if (whole) {
      // The site's own folders and files are not content when the content is the whole folder.
      excluded.addAll(List.of(FILE, "mkdocs.yml", "templates", "assets", "node_modules",
          staticDir, f.text("output").orElse("site")));
    } else if (staticDir.startsWith(contentDir + "/")) {
      excluded.add(staticDir.substring(contentDir.length() + 1));
    }
    SiteConfig.Sources sources = new SiteConfig.Sources(FILE, contentDir, staticDir,
        List.copyOf(excluded));
    return new SiteConfig(title, description, baseUrl, language, f.text("author").orElse(""),
        repoUrl, f.text("edit_branch").orElse("main"), f.text("output").orElse("site"),
        markdown(f, diagnostics), roles(f, diagnostics), cname(f, baseUrl, diagnostics),
        minDescription(f, diagnostics), jars, extensionSettings(map), sources,
        optionalText(f, "edit_uri"), f.text("copyright").orElse(""), extra(f),
        nav(f, diagnostics), links(f, diagnostics));
  }

  /** A text that may be set to "" on purpose (an empty edit_uri turns edit links off). */
  static Optional<String> optionalText(YamlFields f, String key) {
    Optional<YamlNode.Entry> raw = f.rawEntry(key);
    if (raw.isPresent() && raw.get().value() instanceof YamlScalar s) {
      return Optional.of(s.text() == null ? "" : s.text().strip());
    }
    return raw.isPresent() ? f.text(key) : Optional.empty();
  }

  /** A folder relative to the source folder, '/'-separated, inside it. */
  static String folder(YamlFields f, String key, String fallback, Diagnostics diagnostics) {
    Optional<String> written = f.text(key);
    if (written.isEmpty()) {
      return fallback;
    }
    String path = written.get().replace('\\', '/').replaceAll("/+$", "");
    Optional<String> normal = dev.lectern.content.ContentPaths.normalize("", path);
    if (path.startsWith("/") || path.matches("^[A-Za-z]:.*") || normal.isEmpty()
        || normal.get().isEmpty()) {
      diagnostics.error(f.entry(key).get().value().position(), "'" + key + "' must be a folder "
          + "inside the site's folder, not '" + written.get() + "'",
          "write a relative path such as docs or website/docs");
      return fallback;
    }
    return normal.get();
  }

  private static java.util.Map<String, Object> extra(YamlFields f) {
    return f.rawEntry("extra").filter(e -> e.value() instanceof YamlMap)
        .map(e -> dev.lectern.yaml.PlainValues.ofMap((YamlMap) e.value()))
        .orElse(java.util.Map.of());
  }

  private static Optional<NavConfig> nav(YamlFields f, Diagnostics diagnostics) {
    List<String> notInNav = f.textList("not_in_nav").stream().map(YamlFields.Scalar::text)
        .toList();
    return f.entry("nav").flatMap(e -> NavReader.read(e, notInNav, diagnostics));
  }

  private static SiteConfig.LinkMode links(YamlFields f, Diagnostics diagnostics) {
    return f.text("links").map(mode -> switch (mode) {
      case "error" -> SiteConfig.LinkMode.ERROR;
      case "warn" -> SiteConfig.LinkMode.WARN;
      default -> {
        diagnostics.error(f.entry("links").get().value().position(), "'links' must be error or "
            + "warn, not '" + mode + "'", "warn reports broken internal links and anchors "
            + "without failing the build");
        yield SiteConfig.LinkMode.ERROR;
      }
    }).orElse(SiteConfig.LinkMode.ERROR);
  }

  /** Reports keys that are neither Lectern's nor one of {@code extensionNames}. */
  public static void reportUnknownKeys(YamlMap map, Set<String> extensionNames,
      Diagnostics diagnostics) {
    java.util.Set<String> known = new java.util.TreeSet<>(KEYS);
    known.addAll(extensionNames);
    map.entries().forEach((key, entry) -> {
      if (!known.contains(key)) {
        diagnostics.error(entry.keyPosition(), "unknown key '" + key + "' in " + FILE,
            dev.lectern.diagnostic.Suggestions.didYouMean(key, known));
      }
    });
  }

  private static List<SiteConfig.ExtensionJar> extensionJars(YamlFields f) {
    return f.textList("extensions").stream()
        .map(s -> new SiteConfig.ExtensionJar(s.text(), s.position())).toList();
  }

  /** Every key of site.yml that is not Lectern's own, in order: extensions' settings. */
  private static java.util.Map<String, YamlNode.Entry> extensionSettings(YamlMap map) {
    java.util.Map<String, YamlNode.Entry> other = new java.util.LinkedHashMap<>();
    map.entries().forEach((key, entry) -> {
      if (!KEYS.contains(key)) {
        other.put(key, entry);
      }
    });
    return java.util.Collections.unmodifiableMap(other);
  }

  /** A bare host name; the base URL should be on it, or GitHub Pages redirects every request. */
  private static Optional<String> cname(YamlFields f, URI baseUrl, Diagnostics diagnostics) {
    Optional<String> cname = f.text("cname").map(String::strip);
    if (cname.isEmpty()) {
      return cname;
    }
    SourcePosition at = f.entry("cname").get().value().position();
    if (!HOST.matcher(cname.get()).matches()) {
      diagnostics.error(at, "'cname' must be a domain name such as docs.example.org, not '"
          + cname.get() + "'", "leave out the scheme and any path");
      return Optional.empty();
    }
    if (!cname.get().equalsIgnoreCase(baseUrl.getHost())) {
      diagnostics.warning(at, "'cname' is " + cname.get() + " but base_url is on "
          + baseUrl.getHost(), "set base_url: https://" + cname.get() + "/");
    }
    return cname;
  }

  private static int minDescription(YamlFields f, Diagnostics diagnostics) {
    int min = f.integer("min_description_length").orElse(SiteConfig.DEFAULT_MIN_DESCRIPTION);
    if (min < 0 || min > 160) {
      diagnostics.error(f.entry("min_description_length").get().value().position(),
          "'min_description_length' must be between 0 and 160, not " + min,
          "0 turns the warning off; search results show up to about 160 characters");
      return SiteConfig.DEFAULT_MIN_DESCRIPTION;
    }
    return min;
  }

  private static URI baseUrl(YamlFields f, Diagnostics diagnostics) {
    String raw = f.requiredText("base_url",
        "set the URL the site is published at, e.g. base_url: https://owner.github.io/repo/");
    if (raw.isEmpty()) {
      return URI.create("http://localhost/");
    }
    Optional<URI> url = parseBaseUrl(raw);
    if (url.isEmpty()) {
      diagnostics.error(f.entry("base_url").get().value().position(),
          "'base_url' must be an absolute http(s) URL without query or fragment, not '" + raw + "'",
          "e.g. base_url: https://owner.github.io/repo/");
      return URI.create("http://localhost/");
    }
    return url.get();
  }

  /** Parses and normalises a base URL (adds the trailing slash); empty if it is not usable. */
  public static Optional<URI> parseBaseUrl(String raw) {
    return parseAbsolute(raw)
        .filter(u -> u.getRawQuery() == null && u.getRawFragment() == null)
        .map(u -> {
          String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
          if (!path.endsWith("/")) {
            path += "/";
          }
          return URI.create(u.getScheme() + "://" + u.getRawAuthority() + path);
        });
  }

  private static Optional<URI> parseAbsolute(String raw) {
    try {
      URI u = new URI(raw);
      boolean web = "http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme());
      return web && u.getRawAuthority() != null ? Optional.of(u) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  private static MarkdownOptions markdown(YamlFields f, Diagnostics diagnostics) {
    String faqTitle = f.text("faq_title").orElse(MarkdownOptions.DEFAULT_FAQ_TITLE);
    Optional<YamlFields> m = f.map("markdown")
        .map(map -> new YamlFields(map, Set.of("unsafe_html", "extensions"), diagnostics,
            "'markdown'"));
    boolean unsafe = m.flatMap(fields -> fields.bool("unsafe_html")).orElse(false);
    List<SiteConfig.MarkdownFeature> features = m.flatMap(fields -> fields.entry("extensions"))
        .map(e -> MarkdownFeatures.read(e.value(), diagnostics)).orElse(List.of());
    return new MarkdownOptions(unsafe, faqTitle, features);
  }

  private static List<Role> roles(YamlFields f, Diagnostics diagnostics) {
    List<Role> roles = new ArrayList<>();
    f.map("roles").ifPresent(map -> map.entries().values().forEach(e -> {
      if (!ROLE_ID.matcher(e.key()).matches()) {
        diagnostics.error(e.keyPosition(), "role id '" + e.key() + "' must be lower-case letters,"
            + " digits and hyphens", "e.g. backend, data-engineer");
      }
      role(e.key(), e.value(), diagnostics).ifPresent(roles::add);
    }));
    return List.copyOf(roles);
  }

  private static Optional<Role> role(String id, YamlNode value, Diagnostics diagnostics) {
    if (value instanceof YamlScalar s && !s.isNull()) {
      return Optional.of(new Role(id, s.text().strip(), ""));
    }
    return YamlFields.asMap(value, "role '" + id + "'", diagnostics).map(m -> {
      YamlFields r = new YamlFields(m, Set.of("title", "description"), diagnostics,
          "role '" + id + "'");
      return new Role(id, r.requiredText("title", "give the role a readable name"),
          r.text("description").orElse(""));
    });
  }
}
