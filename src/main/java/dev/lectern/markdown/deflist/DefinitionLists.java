package dev.lectern.markdown.deflist;

import dev.lectern.api.LecternExtension;
import dev.lectern.api.Registry;

/** Definition lists ({@code Term} / {@code :   Definition}), as an extension. */
public final class DefinitionLists implements LecternExtension {
  @Override
  public String name() {
    return "definition-lists";
  }

  @Override
  public void register(Registry registry) {
    // The Python-Markdown names of this syntax, as MkDocs' markdown_extensions lists them.
    registry.markdownExtension("def_list");
    registry.markdown(DefinitionListExtension.create());
  }
}
