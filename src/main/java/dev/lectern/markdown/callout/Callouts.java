package dev.lectern.markdown.callout;

import dev.lectern.api.LecternExtension;
import dev.lectern.api.Registry;

/**
 * Lectern's callouts, as an extension: GitHub alerts ({@code > [!NOTE]}) become {@link Callout}s,
 * the one node every admonition dialect turns into; callouts render as titled notes or
 * disclosures; an unknown type is reported. Register it after the extensions that make callouts
 * in page processors, so their unknown types are reported too.
 */
public final class Callouts implements LecternExtension {
  @Override
  public String name() {
    return "callouts";
  }

  @Override
  public void register(Registry registry) {
    registry.markdown(CalloutExtension.create());
    registry.pageProcessor(new CalloutChecks());
  }
}
