package dev.lectern.highlight;

import dev.lectern.highlight.TokenList.Entry;
import io.noties.prism4j.Prism4j.Grammar;
import io.noties.prism4j.Prism4j.Pattern;
import io.noties.prism4j.Prism4j.Token;
import java.util.List;

/**
 * Prism.js's tokenizer ({@code Prism.tokenize}, {@code matchGrammar} of Prism 1.30) over prism4j
 * grammars: tokens are tried in grammar order, each pattern over every text entry not yet claimed;
 * greedy patterns match against the whole text and may swallow later entries, after which the
 * swallowed range is matched again. Matching works on windows of one {@link BudgetedText}, so it
 * copies nothing and stops when the block's budget runs out. Stateless.
 */
final class Tokenizer {
  private Tokenizer() {}

  static List<HlNode> tokenize(BudgetedText text, Grammar grammar) {
    TokenList list = new TokenList(text.length());
    matchGrammar(text, list, grammar, list.head, 0, null);
    return list.toNodes(text);
  }

  /** Where re-matching after a greedy match stops: the pattern that caused it, and how far. */
  private static final class Rematch {
    final Token cause;
    final int patternIndex;
    int reach;

    Rematch(Token cause, int patternIndex, int reach) {
      this.cause = cause;
      this.patternIndex = patternIndex;
      this.reach = reach;
    }
  }

  private static void matchGrammar(BudgetedText text, TokenList list, Grammar grammar,
      Entry startNode, int startPos, Rematch rematch) {
    for (Token token : grammar.tokens()) {
      List<Pattern> patterns = token.patterns();
      for (int j = 0; j < patterns.size(); j++) {
        if (rematch != null && rematch.cause == token && rematch.patternIndex == j) {
          return;
        }
        matchPattern(text, list, grammar, token, j, startNode, startPos, rematch);
      }
    }
  }

  private static void matchPattern(BudgetedText text, TokenList list, Grammar grammar, Token token,
      int j, Entry startNode, int startPos, Rematch rematch) {
    Pattern pattern = token.patterns().get(j);
    boolean greedy = pattern.greedy();
    Finder finder = Finder.of(pattern, text);
    int pos = startPos;
    for (Entry current = startNode.next; current != list.tail;
        pos += current.length, current = current.next) {
      if (rematch != null && pos >= rematch.reach) {
        break;
      }
      if (list.size > text.length()) {
        return; // Cannot happen with sane grammars; Prism.js guards the same way.
      }
      if (current.isToken()) {
        continue;
      }
      int strStart = pos;
      int strEnd = pos + current.length;
      int removeCount = 1;
      int from;
      int to;
      if (greedy) {
        if (!finder.find(pos, -1)) {
          break;
        }
        from = finder.start();
        if (from >= text.length()) {
          break;
        }
        to = finder.end();
        int p = pos + current.length;
        while (from >= p) {
          current = current.next;
          p += current.length;
        }
        p -= current.length;
        pos = p;
        if (current.isToken()) {
          continue;
        }
        for (Entry k = current; k != list.tail && (p < to || !k.isToken()); k = k.next) {
          removeCount++;
          p += k.length;
        }
        removeCount--;
        strStart = pos;
        strEnd = p;
      } else {
        if (!finder.find(strStart, strEnd)) {
          continue;
        }
        from = finder.start();
        to = finder.end();
      }
      int reach = strEnd;
      if (rematch != null && reach > rematch.reach) {
        rematch.reach = reach;
      }
      Entry removeFrom = current.prev;
      if (from > strStart) {
        removeFrom = list.addAfter(removeFrom, TokenList.text(strStart, from - strStart));
        pos += from - strStart;
      }
      list.removeRange(removeFrom, removeCount);
      List<HlNode> children = pattern.inside() != null
          ? tokenize(text.window(from, to), pattern.inside())
          : List.of(new HlNode.Text(text.text(from, to)));
      current = list.addAfter(removeFrom,
          new Entry(from, to - from, token, pattern.alias(), children, greedy));
      if (to < strEnd) {
        list.addAfter(current, TokenList.text(to, strEnd - to));
      }
      if (removeCount > 1) {
        Rematch nested = new Rematch(token, j, reach);
        matchGrammar(text, list, grammar, current.prev, pos, nested);
        if (rematch != null && nested.reach > rematch.reach) {
          rematch.reach = nested.reach;
        }
      }
    }
  }
}
