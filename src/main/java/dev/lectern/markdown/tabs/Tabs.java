package dev.lectern.markdown.tabs;

import dev.lectern.api.LecternExtension;
import dev.lectern.api.Registry;

/**
 * Content tabs of every dialect, as an extension: pymdownx.tabbed ({@code === "Label"}),
 * pymdownx.blocks ({@code /// tab | Label}), VitePress ({@code ::: code-group} with a
 * {@code [label]} per fence) and Docusaurus/Starlight ({@code <Tabs>}/{@code <TabItem>}), all
 * rendered as one accessible widget ({@code assets/js/tabs.js}) that links tabs of the same label
 * across the page and remembers the reader's choice. Register it before the code blocks, which
 * read the fences of code groups.
 */
public final class Tabs implements LecternExtension {
  @Override
  public String name() {
    return "tabs";
  }

  @Override
  public void register(Registry registry) {
    // The Python-Markdown names of this syntax, as MkDocs' markdown_extensions lists them.
    registry.markdownExtension("pymdownx.tabbed");
    registry.markdownExtension("pymdownx.blocks.tab");
    registry.markdown(TabsExtension.create());
    registry.containerKind(TabsProcessor.CODE_GROUP);
    registry.pageProcessor(new TabsProcessor());
    registry.nodeRenderer(TabsHtmlRenderer::new);
  }
}
