package dev.lectern.highlight;

import dev.lectern.highlight.grammar.Rules;
import io.noties.prism4j.Prism4j.Pattern;

/**
 * Finds one grammar pattern's matches in a block, the way the tokenizer asks for them: either in
 * the whole text from a position (greedy patterns, like JavaScript's {@code lastIndex}) or inside
 * one text entry as if it stood alone. A regex matcher ({@link RegexFinder}), or an equivalent
 * without the regex engine for the commonest shapes ({@link WordFinder}, {@link CharFinder}).
 */
abstract class Finder {
  Finder() {}

  static Finder of(Pattern pattern, BudgetedText text) {
    if (!(pattern instanceof Rules.Pat pat)) {
      return new RegexFinder(pattern, text, null);
    }
    if (pat.words() != null) {
      return new WordFinder(text, pat.words());
    }
    if (pat.oneCharOf() != null) {
      return new CharFinder(text, pat.oneCharOf());
    }
    return new RegexFinder(pattern, text, pat.hint());
  }

  /** Finds the first match in {@code [from, end)}, or from {@code from} on if {@code end < 0}. */
  abstract boolean find(int from, int end);

  /** Where the match starts, after any lookbehind context. */
  abstract int start();

  abstract int end();
}
