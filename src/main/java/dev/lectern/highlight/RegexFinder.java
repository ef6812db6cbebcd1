package dev.lectern.highlight;

import dev.lectern.highlight.grammar.MatchHint;
import io.noties.prism4j.Prism4j.Pattern;
import java.util.regex.Matcher;

/**
 * Finds a pattern's matches with its regex; where the pattern declares a {@link MatchHint}, only
 * at the positions the hint allows.
 */
final class RegexFinder extends Finder {
  private final Matcher matcher;
  private final boolean lookbehind;
  private final MatchHint hint;
  private final BudgetedText text;
  /** Where the matcher's input starts in {@link #text}: a window's start, or 0. */
  private int offset;

  /** A finder that uses {@code hint} if it is not null. */
  RegexFinder(Pattern pattern, BudgetedText text, MatchHint hint) {
    this.matcher = pattern.regex().matcher(text);
    this.lookbehind = pattern.lookbehind();
    this.hint = hint;
    this.text = text;
  }

  @Override
  boolean find(int from, int end) {
    if (hint != null) {
      return findByHint(from, end);
    }
    offset = 0;
    if (end < 0) {
      return matcher.find(from);
    }
    matcher.region(from, end);
    return matcher.find();
  }

  /**
   * Tries the regex only where the hint allows a match to start, with {@code lookingAt} on
   * the entry (or, for greedy patterns, the whole text) as its own input: transparent bounds
   * let lookbehinds and {@code \b} see the characters before the try, but none outside the
   * input, and {@code ^} holds only at its start, as when the regex scans the input itself.
   */
  private boolean findByHint(int from, int end) {
    int to = end < 0 ? text.length() : end;
    offset = end < 0 ? 0 : from;
    matcher.reset(end < 0 ? text : text.window(from, to));
    matcher.useTransparentBounds(true).useAnchoringBounds(false);
    int next = from;
    while (next < to) {
      int at = text.indexOf(hint, next, to);
      if (at < 0) {
        return false;
      }
      int start = Math.max(next, at - hint.lead());
      for (int s = start; s <= at; s++) {
        matcher.region(s - offset, to - offset);
        if (matcher.lookingAt()) {
          return true;
        }
      }
      next = at + 1;
    }
    return false;
  }

  @Override
  int start() {
    if (lookbehind && matcher.groupCount() >= 1 && matcher.start(1) >= 0) {
      return offset + matcher.start() + (matcher.end(1) - matcher.start(1));
    }
    return offset + matcher.start();
  }

  @Override
  int end() {
    return offset + matcher.end();
  }
}
