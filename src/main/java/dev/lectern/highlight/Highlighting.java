package dev.lectern.highlight;

import dev.lectern.api.HighlightedCode;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.memo.Digester;
import dev.lectern.memo.MemoTable;
import java.util.List;
import java.util.Optional;

/**
 * Highlighting for the render stage: a {@link Highlighter} behind a memo table, so a block
 * highlighted once (in this build, an earlier one of {@code serve}, or an earlier CLI build whose
 * table was kept on disk) is not highlighted again. Thread-safe.
 */
public final class Highlighting {
  private final Highlighter highlighter;
  private final MemoTable<HighlightedCode> memo;

  public Highlighting(Highlighter highlighter, MemoTable<HighlightedCode> memo) {
    this.highlighter = highlighter;
    this.memo = memo;
  }

  /** {@code code} highlighted in a canonical {@code language}; problems are part of the value. */
  public HighlightedCode highlight(String language, String code) {
    return memo.get(Digester.of("highlight", language, code), new Diagnostics(), ignored -> {
      Highlighter.Result r = highlighter.highlight(language, code);
      return new HighlightedCode(r.html(), r.problem());
    });
  }

  /** The canonical language of a fence tag, if known. */
  public Optional<String> language(String tag) {
    return highlighter.language(tag);
  }

  public List<String> knownTags() {
    return highlighter.knownTags();
  }
}
