package dev.lectern.config;

import dev.lectern.diagnostic.SourcePosition;
import dev.lectern.yaml.YamlNode;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The validated configuration of a site, read from {@code site.yml} or, when there is none, from
 * an MkDocs project's {@code mkdocs.yml}.
 *
 * @param baseUrl absolute URL of the site root, always ending in '/'
 * @param output output folder, relative to the source root unless absolute
 * @param roles the reader roles that study plans and front matter may name, in declared order
 * @param cname the custom domain GitHub Pages serves the site at, written to {@code CNAME}
 * @param minDescriptionLength chapters with a shorter description get a warning (0: none)
 * @param extensions the extension jars the site enables, as written
 * @param extensionSettings the keys of site.yml that are not Lectern's own, in order: settings
 *     of extensions (checked against their names once they are loaded)
 * @param sources where the configuration, the Markdown and the static files are
 * @param editUri the "edit this page" URL of the content folder, absolute or relative to
 *     {@code repoUrl}; a page's edit link is it followed by the page's path in the folder
 * @param copyright the site's copyright notice, for the footer
 * @param extra values for templates ({@code site.extra.KEY}), as plain values
 * @param nav the navigation written in the configuration, if any (else the folders give it)
 * @param links what a broken internal link or anchor is
 */
public record SiteConfig(
    String title,
    String description,
    URI baseUrl,
    String language,
    String author,
    Optional<String> repoUrl,
    String editBranch,
    String output,
    MarkdownOptions markdown,
    List<Role> roles,
    Optional<String> cname,
    int minDescriptionLength,
    List<ExtensionJar> extensions,
    Map<String, YamlNode.Entry> extensionSettings,
    Sources sources,
    Optional<String> editUri,
    String copyright,
    Map<String, Object> extra,
    Optional<NavConfig> nav,
    LinkMode links) {

  /** The default of {@code min_description_length}: shorter snippets tell searchers little. */
  public static final int DEFAULT_MIN_DESCRIPTION = 50;

  /**
   * A configuration with Lectern's defaults for everything site.yml adds to its required keys,
   * for tools and tests.
   */
  public static SiteConfig of(String title, URI baseUrl) {
    return new SiteConfig(title, "", baseUrl, "en", "", Optional.empty(), "main", "site",
        new MarkdownOptions(false), List.of(), Optional.empty(), DEFAULT_MIN_DESCRIPTION,
        List.of(), Map.of(), Sources.DEFAULT, Optional.empty(), "", Map.of(), Optional.empty(),
        LinkMode.ERROR);
  }

  /** The path part of the base URL, e.g. {@code /python-interview-guide/}; "/" at a domain root. */
  public String basePath() {
    return baseUrl.getRawPath();
  }

  /** The root-relative URL of a site path such as {@code python/generators/}. */
  public String url(String sitePath) {
    return basePath() + sitePath;
  }

  /** The absolute URL of a site path, for canonical links and structured data. */
  public String absoluteUrl(String sitePath) {
    return baseUrl.toString() + sitePath;
  }

  public Optional<Role> role(String id) {
    return roles.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /**
   * The "edit this page" URL of a page at {@code contentPath}: {@code edit_uri} (by default
   * {@code edit/BRANCH/CONTENT_DIR/} of the repository) followed by the path; empty without a
   * repository, or with an empty {@code edit_uri}.
   */
  public Optional<String> editUrl(String contentPath) {
    String uri = editUri.orElse("edit/" + editBranch + "/" + sources.file(""));
    if (uri.isEmpty()) {
      return Optional.empty();
    }
    if (uri.startsWith("https://") || uri.startsWith("http://")) {
      return Optional.of(slashed(uri) + contentPath);
    }
    return repoUrl.map(repo -> slashed(repo) + slashed(uri.replaceAll("^/+", "")) + contentPath);
  }

  private static String slashed(String url) {
    return url.endsWith("/") ? url : url + "/";
  }

  /** A copy with another base URL (the command line's {@code --base-url}). */
  public SiteConfig withBaseUrl(URI url) {
    return new SiteConfig(title, description, url, language, author, repoUrl, editBranch, output,
        markdown, roles, cname, minDescriptionLength, extensions, extensionSettings, sources,
        editUri, copyright, extra, nav, links);
  }

  /** A copy with other sources. */
  public SiteConfig withSources(Sources newSources) {
    return new SiteConfig(title, description, baseUrl, language, author, repoUrl, editBranch,
        output, markdown, roles, cname, minDescriptionLength, extensions, extensionSettings,
        newSources, editUri, copyright, extra, nav, links);
  }

  /** A copy with another link mode (the command line's {@code --links}). */
  public SiteConfig withLinks(LinkMode mode) {
    return new SiteConfig(title, description, baseUrl, language, author, repoUrl, editBranch,
        output, markdown, roles, cname, minDescriptionLength, extensions, extensionSettings,
        sources, editUri, copyright, extra, nav, mode);
  }

  /** An extension jar named in site.yml: its path relative to the site, and where it is named. */
  public record ExtensionJar(String path, SourcePosition position) {}

  /**
   * Where a site's inputs are, relative to its source folder, '/'-separated.
   *
   * @param configFile the file the configuration was read from ({@code site.yml},
   *     {@code mkdocs.yml})
   * @param contentDir the folder of Markdown pages and the files beside them
   * @param staticDir the folder copied to the site's root as it is
   * @param excluded folders inside the content folder that are not content (a static folder or
   *     a theme folder kept there), relative to the content folder
   */
  public record Sources(String configFile, String contentDir, String staticDir,
      List<String> excluded) {
    /** Lectern's own layout: site.yml, content/ and static/. */
    public static final Sources DEFAULT = new Sources("site.yml", "content", "static", List.of());

    /**
     * The path below the source folder of a file at {@code contentPath} in the content folder
     * (which is "" when the content is the source folder itself).
     */
    public String file(String contentPath) {
      return contentDir.isEmpty() ? contentPath : contentDir + "/" + contentPath;
    }

    /** A copy that also leaves out {@code path} of the content folder (an output inside it). */
    public Sources excluding(String path) {
      List<String> all = new java.util.ArrayList<>(excluded);
      all.add(path);
      return new Sources(configFile, contentDir, staticDir, List.copyOf(all));
    }
  }

  /** Whether broken internal links and anchors fail the build or are only reported. */
  public enum LinkMode {
    ERROR,
    WARN
  }

  /**
   * Options of the Markdown stage.
   *
   * @param faqTitle the title of FAQ blocks that do not give their own
   * @param extensions the Markdown extensions the configuration names (MkDocs'
   *     {@code markdown_extensions}), for the dialect extensions that implement them
   */
  public record MarkdownOptions(boolean unsafeHtml, String faqTitle,
      List<MarkdownFeature> extensions) {
    /** The FAQ title when site.yml sets none. */
    public static final String DEFAULT_FAQ_TITLE = "Frequently asked questions";

    public MarkdownOptions(boolean unsafeHtml) {
      this(unsafeHtml, DEFAULT_FAQ_TITLE, List.of());
    }

    public MarkdownOptions(boolean unsafeHtml, String faqTitle) {
      this(unsafeHtml, faqTitle, List.of());
    }
  }

  /**
   * A Markdown extension named in the configuration, as Python-Markdown names it
   * ({@code admonition}, {@code pymdownx.tabbed}; a {@code markdown.extensions.} prefix is
   * dropped), with its settings and where it is named.
   */
  public record MarkdownFeature(String name, SourcePosition position,
      Optional<YamlNode.YamlMap> settings) {}

  /** A kind of reader (backend, data, …) for whom chapters are prioritised. */
  public record Role(String id, String title, String description) {}
}
