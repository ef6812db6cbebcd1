package dev.lectern.markdown.abbr;

import dev.lectern.api.LecternExtension;
import dev.lectern.api.Registry;

/**
 * Abbreviations, as an extension: {@code *[HTML]: Hyper Text Markup Language} anywhere in a page
 * makes every "HTML" of the page an {@code <abbr title>}.
 */
public final class Abbreviations implements LecternExtension {
  @Override
  public String name() {
    return "abbreviations";
  }

  @Override
  public void register(Registry registry) {
    // The Python-Markdown names of this syntax, as MkDocs' markdown_extensions lists them.
    registry.markdownExtension("abbr");
    registry.markdown(AbbreviationExtension.create());
    registry.pageProcessor(new AbbreviationProcessor());
  }
}
