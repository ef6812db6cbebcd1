package dev.lectern.api;

/**
 * What an extension can add to Lectern, handed to {@link LecternExtension#register}. Everything
 * added is used in the order extensions are registered: Lectern's own first, then the others by
 * name.
 */
public interface Registry {

  /** The version of the API Lectern runs with ({@link LecternApi#VERSION}). */
  int apiVersion();

  /**
   * The extension's settings: the mapping under its name in {@code site.yml}, empty when there
   * is none. Problems found in it are reported at their place in {@code site.yml}.
   */
  Settings settings();

  /**
   * Adds Markdown syntax: a commonmark-java {@code Parser.ParserExtension} (block and inline
   * parsers, delimiter processors, post-processors) and, if it is also an
   * {@code HtmlRenderer.HtmlRendererExtension}, its node renderers.
   */
  void markdown(org.commonmark.Extension extension);

  /**
   * Claims {@code :::kind} … {@code :::} containers (lower-case, compared case-insensitively):
   * they are parsed as {@link ContainerBlock}s with Markdown inside, for a {@link PageProcessor}
   * of the extension to turn into its own nodes. Containers nobody claims render as a
   * {@code div} with a warning.
   */
  void containerKind(String kind);

  /** Adds a processor run on every page right after it is parsed. */
  void pageProcessor(PageProcessor processor);

  /** Adds node renderers made for each page render, with that page's {@link RenderContext}. */
  void nodeRenderer(NodeRendererFactory factory);

  /** Adds a function templates can call as {@code name(arguments…)}. */
  void templateFunction(String name, TemplateFunction function);

  /**
   * Adds a value templates can read as {@code ext.<name>}: text, numbers, booleans, and lists
   * and maps of them.
   */
  void templateValue(String name, Object value);

  /** Adds files to the site's output. */
  void outputFiles(OutputGenerator generator);

  /**
   * The settings of a Markdown extension the site's configuration enables, by the name
   * Python-Markdown and MkDocs give it ({@code admonition}, {@code pymdownx.tabbed},
   * {@code attr_list}, {@code toc}), as MkDocs' {@code markdown_extensions} (or site.yml's
   * {@code markdown.extensions}) lists it: empty when the configuration does not name it, empty
   * settings when it names it without any. Asking marks the name as understood; the names no
   * extension asks for are reported once, as ignored.
   */
  java.util.Optional<Settings> markdownExtension(String name);
}
