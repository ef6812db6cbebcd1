package dev.lectern.markdown.inline;

import dev.lectern.api.LecternExtension;
import dev.lectern.api.Registry;

/**
 * pymdownx's inline formats, as an extension: {@code ==mark==}, {@code ^^insert^^},
 * {@code H~2~O}, {@code x^2^} and {@code ++ctrl+alt+del++}.
 */
public final class InlineFormats implements LecternExtension {
  @Override
  public String name() {
    return "inline";
  }

  @Override
  public void register(Registry registry) {
    // The Python-Markdown names of this syntax, as MkDocs' markdown_extensions lists them.
    registry.markdownExtension("pymdownx.mark");
    registry.markdownExtension("pymdownx.caret");
    registry.markdownExtension("pymdownx.tilde");
    registry.markdownExtension("pymdownx.keys");
    registry.markdown(InlineFormatsExtension.create());
  }
}
