package dev.lectern.highlight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.highlight.grammar.Grammars;
import dev.lectern.highlight.grammar.Rules;
import io.noties.prism4j.Prism4j;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The finders that skip the regex engine (keyword lists, single character classes, patterns
 * with a match hint) must find exactly what the plain regex finds, from every kind of starting
 * point the tokenizer uses: inside one text entry, and greedily to the end of the block.
 */
class FinderTest {
  private static final List<String> SAMPLES = List.of(
      "import os\nfrom typing import Any\n\n@dataclass(frozen=True)\nclass Point:\n"
          + "    x: int = 0\n    def norm(self) -> float:\n        return (self.x ** 2) ** .5\n",
      "async def main():\n    await asyncio.gather(*tasks)  # wait for all\n"
          + "    print(f\"{total!r:>10} items, {{literal}} {x + y}\")\n",
      "s = rb'raw bytes' + Rb\"x\" + u'uni' + '''triple\n''' + \"\"\"doc\"\"\"\n"
          + "n = 0x_ff + 0o17 + 0b1010 + 1_000.5e-3j + .25 + 7.\n",
      "match command:\n    case [x, *rest] if x > 1:\n        pass\n    case _ :\n        ...\n",
      "éand andé and_ _and 1and and\u0301 \u00e9if if\u00e9 True\u0301 None \uD835\uDC65len len\n",
      "x = lambda: None or True and not False  # a \"quoted\" # twice\n#comment at start\n",
      "\\#not a comment? y = a\\\n#real\n",
      "@property\n  @functools.lru_cache(maxsize=None)\n\t@ x\n",
      "#!/bin/bash\nset -euo pipefail\nfor f in *.md; do echo \"${f%.md}\" | grep -c x; done\n"
          + "export PATH=\"$HOME/bin:$PATH\"; if [[ -n $1 ]]; then exit 1; fi\n",
      "{\"name\": \"lectern\", \"ok\": true, \"n\": -1.5e3, \"list\": [null, false, {}]}\n",
      "function f(a, b) { return a === b ? `t${a}` : /re[g]+x/i.test(b); } // js\n",
      "public static void main(String[] args) { int x = 0x1F; char c = '\\n'; }\n",
      "a:hover > .b, #c[data-x=\"y\"] { color: #fff !important; margin: 0 auto; }\n",
      "<!DOCTYPE html><p class=\"x\">Hi &amp; <b>there</b><!-- note --></p>\n",
      "[tool.lectern]\nname = \"guide\"\nversion = 1.2\nenabled = true\ndate = 2024-01-01\n",
      "+added line\n-removed line\n@@ -1,2 +1,2 @@\n unchanged\n",
      ">>> for i in range(3):\n...     print(i)\n0\n1\n2\nTraceback (most recent call last):\n",
      "", "\n", "a", "_", "'", "\"\"\"", "f'{", "#", "@", "0", ".", "((((", "in", "if:");

  @Test
  void everyShortcutFindsWhatTheRegexFinds() {
    List<Prism4j.Pattern> shortcuts = shortcutPatterns();
    assertTrue(shortcuts.size() >= 10, "expected keyword lists, classes and hints: " + shortcuts);
    for (Prism4j.Pattern pattern : shortcuts) {
      for (String sample : SAMPLES) {
        for (int from : startingPoints(sample)) {
          for (int end : new int[] {-1, sample.length(), endOfLine(sample, from)}) {
            if (end >= 0 && end < from) {
              continue;
            }
            assertSame(pattern, sample, from, end);
          }
        }
      }
    }
  }

  private static void assertSame(Prism4j.Pattern pattern, String sample, int from, int end) {
    Budget budget = new Budget(Long.MAX_VALUE / 4);
    BudgetedText text = BudgetedText.of(sample, budget);
    Finder fast = Finder.of(pattern, text);
    Finder plain = new RegexFinder(pattern, BudgetedText.of(sample, budget), null);
    String where = pattern + " on '" + sample + "' from " + from + " to " + end;
    boolean found = plain.find(from, end);
    assertEquals(found, fast.find(from, end), where);
    if (found) {
      assertEquals(plain.start() + ".." + plain.end(), fast.start() + ".." + fast.end(), where);
    }
  }

  private static Set<Integer> startingPoints(String sample) {
    Set<Integer> points = new TreeSet<>();
    for (int i = 0; i <= sample.length(); i++) {
      if (i == 0 || i == sample.length() || i % 7 == 0
          || !Character.isLetterOrDigit(sample.charAt(i - 1))) {
        points.add(i);
      }
    }
    return points;
  }

  private static int endOfLine(String sample, int from) {
    int newline = sample.indexOf('\n', from);
    return newline < 0 ? sample.length() : newline;
  }

  private static List<Prism4j.Pattern> shortcutPatterns() {
    Grammars grammars = Grammars.load();
    Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Prism4j.Pattern> out = new ArrayList<>();
    for (String name : grammars.names()) {
      collect(grammars.get(name).orElseThrow(), seen, out);
    }
    return out;
  }

  private static void collect(Prism4j.Grammar grammar, Set<Object> seen,
      List<Prism4j.Pattern> out) {
    if (!seen.add(grammar)) {
      return;
    }
    for (Prism4j.Token token : grammar.tokens()) {
      for (Prism4j.Pattern pattern : token.patterns()) {
        if (pattern instanceof Rules.Pat pat
            && (pat.words() != null || pat.oneCharOf() != null || pat.hint() != null)) {
          out.add(pattern);
        }
        if (pattern.inside() != null) {
          collect(pattern.inside(), seen, out);
        }
      }
    }
  }
}
