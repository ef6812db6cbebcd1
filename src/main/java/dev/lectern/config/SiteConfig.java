package dev.lectern.config;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The validated contents of {@code site.yml}.
 *
 * @param baseUrl absolute URL of the site root, always ending in '/'
 * @param output output folder, relative to the source root unless absolute
 * @param roles the reader roles that study plans and front matter may name, in declared order
 * @param cname the custom domain GitHub Pages serves the site at, written to {@code CNAME}
 * @param minDescriptionLength chapters with a shorter description get a warning (0: none)
 * @param extensions the extension jars the site enables, as written
 * @param extensionSettings the keys of site.yml that are not Lectern's own, in order: settings
 *     of extensions (checked against their names once they are loaded)
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
    java.util.Map<String, dev.lectern.yaml.YamlNode.Entry> extensionSettings) {

  /** The default of {@code min_description_length}: shorter snippets tell searchers little. */
  public static final int DEFAULT_MIN_DESCRIPTION = 50;

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

  /** A copy with another base URL (the command line's {@code --base-url}). */
  public SiteConfig withBaseUrl(URI url) {
    return new SiteConfig(title, description, url, language, author, repoUrl, editBranch, output,
        markdown, roles, cname, minDescriptionLength, extensions, extensionSettings);
  }

  /** An extension jar named in site.yml: its path relative to the site, and where it is named. */
  public record ExtensionJar(String path, dev.lectern.diagnostic.SourcePosition position) {}

  /**
   * Options of the Markdown stage.
   *
   * @param faqTitle the title of FAQ blocks that do not give their own
   */
  public record MarkdownOptions(boolean unsafeHtml, String faqTitle) {
    /** The FAQ title when site.yml sets none. */
    public static final String DEFAULT_FAQ_TITLE = "Frequently asked questions";

    public MarkdownOptions(boolean unsafeHtml) {
      this(unsafeHtml, DEFAULT_FAQ_TITLE);
    }
  }

  /** A kind of reader (backend, data, …) for whom chapters are prioritised. */
  public record Role(String id, String title, String description) {}
}
