package dev.lectern.markdown.attributes;

import dev.lectern.api.LecternExtension;
import dev.lectern.api.Registry;

/**
 * Attribute lists ({@code { #id .class key="value" }}) of Python-Markdown, Material, kramdown and
 * Pandoc, as an extension: on headings (with their ids; {@code data-toc-label} names the heading
 * in the table of contents), images, links (Material's {@code { .md-button }}), paragraphs and
 * blocks. Unsafe or unknown attributes are left out with a warning.
 */
public final class AttributeLists implements LecternExtension {
  @Override
  public String name() {
    return "attributes";
  }

  @Override
  public void register(Registry registry) {
    // The Python-Markdown names of this syntax, as MkDocs' markdown_extensions lists them.
    registry.markdownExtension("attr_list");
    registry.markdownExtension("md_in_html");
    registry.markdown(AttributesExtension.create());
    registry.pageProcessor(new AttributesChecks());
  }
}
