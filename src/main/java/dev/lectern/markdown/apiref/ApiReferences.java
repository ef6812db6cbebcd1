package dev.lectern.markdown.apiref;

import dev.lectern.api.LecternExtension;
import dev.lectern.api.PageContext;
import dev.lectern.api.Registry;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Node;

/**
 * API-reference directives as an extension: {@code ::: httpx.Client} (mkdocstrings, mkautodoc)
 * becomes a note naming the object, and each page that has any gets one warning at the first,
 * since the generated documentation is missing.
 */
public final class ApiReferences implements LecternExtension {
  @Override
  public String name() {
    return "api-reference";
  }

  @Override
  public void register(Registry registry) {
    // mkautodoc is a Markdown extension in mkdocs.yml; mkdocstrings is a plugin.
    registry.markdownExtension("mkautodoc");
    registry.markdown(ApiReferenceExtension.create());
    registry.pageProcessor(ApiReferences::report);
  }

  private static void report(Node document, PageContext page) {
    List<ApiReference> found = new ArrayList<>();
    collect(document, found);
    if (found.isEmpty()) {
      return;
    }
    ApiReference first = found.get(0);
    String what = found.size() == 1 ? "the API reference '::: " + first.identifier() + "' is"
        : found.size() + " API references ('::: " + first.identifier() + "' first) are";
    page.warning(first, what + " shown as a note naming the object: mkdocstrings or mkautodoc "
        + "generate them from Python code, which Lectern does not run",
        "write the reference in Markdown, or link to API documentation published elsewhere");
  }

  private static void collect(Node node, List<ApiReference> found) {
    for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof ApiReference ref) {
        found.add(ref);
      }
      collect(n, found);
    }
  }
}
