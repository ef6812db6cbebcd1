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
    registry.pageProcessor(new SnippetProcessor(SnippetSettings.read(registry.settings())));
  }
}
