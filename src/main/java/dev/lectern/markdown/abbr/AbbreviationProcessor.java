package dev.lectern.markdown.abbr;

import dev.lectern.api.PageContext;
import dev.lectern.api.PageProcessor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.commonmark.node.Document;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * Removes a page's abbreviation definitions and marks every whole-word use of each abbreviation
 * in the page's text, headings and links included, as an {@link Abbreviation}. A later
 * definition of the same abbreviation wins; one with an empty title defines nothing. Runs after
 * the parse, so heading ids and attribute lists see the text as written.
 */
final class AbbreviationProcessor implements PageProcessor {
  @Override
  public void process(Document document, PageContext page) {
    Map<String, String> titles = new LinkedHashMap<>();
    List<Node> definitions = new ArrayList<>();
    collect(document, definitions);
    for (Node n : definitions) {
      AbbreviationDefinition d = (AbbreviationDefinition) n;
      if (d.title().isEmpty()) {
        titles.remove(d.abbreviation());
      } else {
        titles.put(d.abbreviation(), d.title());
      }
      n.unlink();
    }
    if (titles.isEmpty()) {
      return;
    }
    Pattern uses = Pattern.compile("(?<![\\p{L}\\p{N}_])(" + titles.keySet().stream()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
        .map(Pattern::quote).collect(Collectors.joining("|")) + ")(?![\\p{L}\\p{N}_])");
    List<Text> texts = new ArrayList<>();
    collectTexts(document, texts);
    texts.forEach(t -> mark(t, uses, titles));
  }

  private static void collect(Node node, List<Node> definitions) {
    for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof AbbreviationDefinition) {
        definitions.add(n);
      }
      collect(n, definitions);
    }
  }

  private static void collectTexts(Node node, List<Text> texts) {
    for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Text t) {
        texts.add(t);
      } else if (!(n instanceof Abbreviation)) {
        collectTexts(n, texts);
      }
    }
  }

  private static void mark(Text text, Pattern uses, Map<String, String> titles) {
    String literal = text.getLiteral();
    Matcher m = uses.matcher(literal);
    int at = 0;
    Node last = text;
    while (m.find()) {
      if (m.start() > at) {
        last = insertAfter(last, new Text(literal.substring(at, m.start())));
      }
      Abbreviation abbreviation = new Abbreviation(titles.get(m.group(1)));
      abbreviation.appendChild(new Text(m.group(1)));
      last = insertAfter(last, abbreviation);
      at = m.end();
    }
    if (last == text) {
      return;
    }
    if (at < literal.length()) {
      insertAfter(last, new Text(literal.substring(at)));
    }
    text.unlink();
  }

  private static Node insertAfter(Node after, Node node) {
    after.insertAfter(node);
    return node;
  }
}
