package dev.lectern.highlight.grammar;

import java.util.regex.Pattern;

/**
 * What every match of a pattern contains near its start: a character of a class, at most
 * {@code lead} characters after the start (the lookbehind context counts as part of the match).
 * The tokenizer uses it to jump over text where no match can start, instead of letting Java's
 * regex engine try the whole pattern at every position. It never changes which matches are
 * found, provided it is true of the pattern.
 */
public final class MatchHint {
  private final boolean[] ascii = new boolean[128];
  private final Pattern charClass;
  private final int lead;

  MatchHint(String charClass, int flags, int lead) {
    this.charClass = Pattern.compile(charClass, flags);
    this.lead = lead;
    for (char c = 0; c < 128; c++) {
      ascii[c] = this.charClass.matcher(String.valueOf(c)).matches();
    }
  }

  /** Whether {@code c} is in the class. */
  public boolean test(char c) {
    return c < 128 ? ascii[c] : charClass.matcher(String.valueOf(c)).matches();
  }

  /** How many characters before a class character a match may start. */
  public int lead() {
    return lead;
  }

  @Override
  public String toString() {
    return charClass.pattern() + " within " + lead;
  }
}
