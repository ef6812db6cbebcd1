package dev.lectern.markdown.mdx;

import dev.lectern.api.LecternExtension;
import dev.lectern.api.Registry;

/**
 * MDX and template leftovers, as an extension: ESM lines and JSX components are left out of
 * pages, template tags stay as text, each with a warning ({@link MdxProcessor}). It runs before
 * the raw-HTML sanitiser, which would otherwise take components for unknown HTML. See
 * {@code mdx-spec.txt}.
 */
public final class MdxLeftovers implements LecternExtension {
  @Override
  public String name() {
    return "mdx";
  }

  @Override
  public void register(Registry registry) {
    registry.pageProcessor(new MdxProcessor());
  }
}
