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
    registry.markdown(DefinitionListExtension.create());
  }
}
