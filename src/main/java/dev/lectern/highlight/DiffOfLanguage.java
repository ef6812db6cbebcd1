package dev.lectern.highlight;

import dev.lectern.highlight.grammar.DiffGrammar;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * {@code diff-python} and the like, as Prism's diff-highlight plugin does them: each run of
 * same-kind lines (inserted, deleted, …) loses its prefixes, is highlighted as a whole in the
 * language (so multi-line strings stay strings), and gets a {@code prefix} token back at the start
 * of every line; the run's token gains the class {@code language-LANG}.
 */
final class DiffOfLanguage {
  private static final java.util.regex.Pattern LAST_LINE_IS_PREFIX_ONLY =
      java.util.regex.Pattern.compile("(?:^|[\\r\\n]).\\z");

  private DiffOfLanguage() {}

  static List<HlNode> apply(List<HlNode> diff, String language,
      Function<String, List<HlNode>> highlightCode) {
    List<HlNode> out = new ArrayList<>(diff.size());
    for (HlNode node : diff) {
      if (node instanceof HlNode.Token t && DiffGrammar.PREFIXES.containsKey(t.type())) {
        out.add(relabel(t, language, highlightCode));
      } else {
        out.add(node);
      }
    }
    return out;
  }

  private static HlNode relabel(HlNode.Token run, String language,
      Function<String, List<HlNode>> highlightCode) {
    String text = HlNode.plainText(run.children());
    String code = text.replaceAll("(^|[\\r\\n]).", "$1");
    String kind = DiffGrammar.kind(run.type());
    HlNode prefix = new HlNode.Token("prefix", kind,
        List.of(new HlNode.Text(String.valueOf(DiffGrammar.PREFIXES.get(run.type())))));
    List<HlNode> lines = new ArrayList<>();
    lines.add(prefix);
    lines.addAll(afterEveryInnerNewline(highlightCode.apply(code), prefix));
    if (LAST_LINE_IS_PREFIX_ONLY.matcher(text).find()) {
      // "+a\n+" and "+a\n" both lose their prefixes to "a\n"; put back the lone last one.
      lines.add(prefix);
    }
    String alias = (run.alias().isEmpty() ? "" : run.alias() + " ") + "language-" + language;
    return new HlNode.Token(run.type(), alias, lines);
  }

  /** Inserts {@code marker} after every newline that is followed by more text. */
  private static List<HlNode> afterEveryInnerNewline(List<HlNode> nodes, HlNode marker) {
    int total = HlNode.plainText(nodes).length();
    List<HlNode> out = new ArrayList<>();
    insert(nodes, marker, new int[] {0}, total, out);
    return out;
  }

  private static void insert(List<HlNode> nodes, HlNode marker, int[] pos, int total,
      List<HlNode> out) {
    for (HlNode node : nodes) {
      if (node instanceof HlNode.Token t) {
        List<HlNode> children = new ArrayList<>();
        insert(t.children(), marker, pos, total, children);
        out.add(new HlNode.Token(t.type(), t.alias(), children));
        continue;
      }
      String s = ((HlNode.Text) node).text();
      int start = 0;
      for (int i = 0; i < s.length(); i++) {
        if (s.charAt(i) == '\n' && pos[0] + i + 1 < total) {
          out.add(new HlNode.Text(s.substring(start, i + 1)));
          out.add(marker);
          start = i + 1;
        }
      }
      if (start < s.length()) {
        out.add(new HlNode.Text(s.substring(start)));
      }
      pos[0] += s.length();
    }
  }
}
