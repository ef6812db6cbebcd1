package dev.lectern.markdown.callout;

import dev.lectern.api.LecternExtension;
import dev.lectern.api.Registry;

/** Lectern's callouts (GitHub alerts such as {@code > [!NOTE]}), as an extension. */
public final class Callouts implements LecternExtension {
  @Override
  public String name() {
    return "callouts";
  }

  @Override
  public void register(Registry registry) {
    registry.markdown(CalloutExtension.create());
  }
}
