package dev.lectern.markdown.snippets;

import dev.lectern.api.LecternExtension;
import dev.lectern.api.Registry;

/**
 * Snippets, as an extension: files of the site shown in pages ({@link SnippetProcessor}), read
 * through the page's context so that each is a dependency of the page. Its one setting,
 * {@code base_path}, names the folders looked in after the page's own. It runs before every
 * other processor, so included Markdown and code are processed like the page's own. See
 * {@code snippets-spec.txt}.
 */
public final class Snippets implements LecternExtension {
  @Override
  public String name() {
    return "snippets";
  }

  @Override
  public void register(Registry registry) {
    // Lectern's own settings, else those of pymdownx.snippets in MkDocs' markdown_extensions.
    registry.markdownExtension("markdown_include.include");
    registry.markdownExtension("mdx_include");
    var mkdocs = registry.markdownExtension("pymdownx.snippets");
    SnippetSettings settings = !registry.settings().keys().isEmpty() || mkdocs.isEmpty()
        ? SnippetSettings.read(registry.settings(), true)
        : SnippetSettings.read(mkdocs.get(), false);
    registry.pageProcessor(new SnippetProcessor(settings));
  }
}
