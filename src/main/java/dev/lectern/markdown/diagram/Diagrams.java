package dev.lectern.markdown.diagram;

import dev.lectern.api.DataKey;
import dev.lectern.api.LecternExtension;
import dev.lectern.api.Registry;
import dev.lectern.markdown.VendoredFiles;
import java.util.List;
import java.util.Map;

/**
 * Mermaid diagrams, as an extension: {@code mermaid} fences ({@link DiagramProcessor}) drawn in
 * the browser by Mermaid 11.17.2, vendored from its npm package ({@code dist/mermaid.min.js},
 * MIT licence beside it), light or dark with the page. Mermaid and Lectern's script that draws
 * the diagrams are published only if some page has a diagram, and loaded only by those pages.
 * See {@code diagram-spec.txt}.
 */
public final class Diagrams implements LecternExtension {
  /** The number of diagrams of a page, for pages that have any. */
  public static final DataKey<Integer> COUNT = DataKey.of("diagram.count", Integer.class);

  static final String MERMAID = "mermaid-11.17.2.min.js";
  static final String LICENCE = "mermaid-11.17.2.LICENSE.txt";
  static final String SCRIPT = "diagrams.js";

  private static volatile VendoredFiles files;

  /** The vendored files, read once per process. */
  static VendoredFiles files() {
    if (files == null) {
      files = VendoredFiles.of(Diagrams.class, "/dev/lectern/markdown/diagram/vendor",
          List.of(MERMAID, LICENCE, SCRIPT));
    }
    return files;
  }

  @Override
  public String name() {
    return "diagrams";
  }

  @Override
  public void register(Registry registry) {
    registry.pageProcessor(new DiagramProcessor());
    registry.nodeRenderer(DiagramRenderer::new);
    registry.outputFiles(site -> site.pages().stream().map(page -> page.data(COUNT))
        .anyMatch(java.util.Optional::isPresent) ? files().files() : Map.of());
  }

}
