package dev.lectern.highlight;

import dev.lectern.highlight.grammar.MatchHint;

/** A pattern that is one character class, such as punctuation: a match is one such character. */
final class CharFinder extends Finder {
  private final BudgetedText text;
  private final MatchHint charClass;
  private int at;

  CharFinder(BudgetedText text, MatchHint charClass) {
    this.text = text;
    this.charClass = charClass;
  }

  @Override
  boolean find(int from, int end) {
    at = text.indexOf(charClass, from, end < 0 ? text.length() : end);
    return at >= 0;
  }

  @Override
  int start() {
    return at;
  }

  @Override
  int end() {
    return at + 1;
  }
}
