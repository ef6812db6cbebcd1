package dev.lectern.markdown.code;

import dev.lectern.api.DataKey;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.diagnostic.SourcePosition;
import dev.lectern.diagnostic.Suggestions;
import dev.lectern.markdown.ParsedMarkdown;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Code languages nobody highlights, gathered over the whole site: one warning per language per
 * build, at its first use, listing the pages, instead of one per block. The code processor
 * records each page's uses as page data; the build reports them once every page is parsed.
 *
 * @param uses the page's blocks of unknown languages, in document order
 */
public record UnknownLanguages(List<Use> uses) {
  /** The page data key. */
  public static final DataKey<UnknownLanguages> KEY =
      DataKey.of("code.unknown-languages", UnknownLanguages.class);

  /** One block: its language as written and the position of its fence. */
  public record Use(String language, int line, int column) {}

  public UnknownLanguages {
    uses = List.copyOf(uses);
  }

  /**
   * Reports every unknown language of {@code pages}, in the order given: at the language's first
   * use, naming every page that uses it.
   *
   * @param known the language tags that are highlighted, for "did you mean"
   */
  public static void report(List<ParsedMarkdown> pages, List<String> known, Diagnostics out) {
    Map<String, First> byLanguage = new TreeMap<>();
    for (ParsedMarkdown page : pages) {
      page.data(KEY).ifPresent(u -> u.uses().forEach(use -> {
        First first = byLanguage.computeIfAbsent(use.language(), l -> new First(
            new SourcePosition(page.source().file(), use.line(), use.column()), new ArrayList<>(),
            new int[1]));
        first.blocks[0]++;
        if (!first.pages.contains(page.source().file())) {
          first.pages.add(page.source().file());
        }
      }));
    }
    byLanguage.forEach((language, first) -> out.warning(first.at(), message(language, first),
        Suggestions.closest(language, known).map(c -> "did you mean '" + c + "'? ").orElse("")
            + "The README lists the highlighted languages; write ```text for plain text"));
  }

  private static String message(String language, First first) {
    int blocks = first.blocks[0];
    String where = first.pages.size() == 1 ? "" : " on " + first.pages.size() + " pages ("
        + String.join(", ", first.pages.subList(0, Math.min(10, first.pages.size())))
        + (first.pages.size() > 10 ? ", …" : "") + ")";
    return "unknown code language '" + language + "' in " + blocks
        + (blocks == 1 ? " block" : " blocks") + where + "; shown as plain text";
  }

  private record First(SourcePosition at, List<String> pages, int[] blocks) {}
}
