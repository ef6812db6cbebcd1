package dev.lectern.markdown.admonition;

import dev.lectern.api.LecternExtension;
import dev.lectern.api.Registry;

/**
 * Admonitions of every common dialect, as an extension; all become
 * {@link dev.lectern.markdown.callout.Callout}s with one look. Python-Markdown and Material
 * ({@code !!! note "Title"}, {@code ??? note}, {@code ???+ note}, indented bodies) are parsed by
 * {@link AdmonitionBlockParser}; the {@code :::} containers of Docusaurus, VitePress and
 * Starlight (every admonition type and alias except {@code faq}, which is Lectern's FAQ block,
 * plus {@code details}) and pymdownx.blocks' {@code /// note} are converted by
 * {@link AdmonitionProcessor}. Register it before
 * {@link dev.lectern.markdown.callout.Callouts}, which reports unknown types.
 */
public final class Admonitions implements LecternExtension {
  @Override
  public String name() {
    return "admonitions";
  }

  @Override
  public void register(Registry registry) {
    // The Python-Markdown names of this syntax, as MkDocs' markdown_extensions lists them.
    registry.markdownExtension("admonition");
    registry.markdownExtension("pymdownx.details");
    registry.markdownExtension("pymdownx.blocks.admonition");
    registry.markdownExtension("pymdownx.blocks.details");
    registry.markdownExtension("github-callouts");
    registry.markdownExtension("callouts");
    registry.markdown(AdmonitionExtension.create());
    AdmonitionProcessor.containerKinds().forEach(registry::containerKind);
    registry.pageProcessor(new AdmonitionProcessor());
  }
}
