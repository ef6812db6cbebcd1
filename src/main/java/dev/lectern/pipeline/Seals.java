package dev.lectern.pipeline;

import dev.lectern.markdown.DocumentSeal;
import dev.lectern.markdown.ParsedMarkdown;
import java.util.ArrayList;
import java.util.List;

/**
 * With assertions on (the test suite), the digest of every parsed document right after the
 * parse stage, checked again once the output is checked: a stage that changed a document fails
 * the build with an {@link AssertionError} naming the page. Costs nothing otherwise.
 */
final class Seals {
  private static final boolean ON = Build.class.desiredAssertionStatus();
  private final List<String> digests;

  private Seals(List<String> digests) {
    this.digests = digests;
  }

  static Seals of(List<ParsedMarkdown> parsed) {
    return new Seals(ON ? digest(parsed) : List.of());
  }

  void verify(List<ParsedMarkdown> parsed) {
    if (!ON) {
      return;
    }
    List<String> now = digest(parsed);
    for (int i = 0; i < now.size(); i++) {
      if (!now.get(i).equals(digests.get(i))) {
        throw new AssertionError("a stage after parsing changed the document of "
            + parsed.get(i).source().file() + ": documents are read only after the parse stage");
      }
    }
  }

  private static List<String> digest(List<ParsedMarkdown> parsed) {
    List<String> digests = new ArrayList<>();
    parsed.forEach(p -> digests.add(DocumentSeal.of(p.document())));
    return digests;
  }
}
