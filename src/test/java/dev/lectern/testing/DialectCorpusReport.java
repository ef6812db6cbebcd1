package dev.lectern.testing;

import dev.lectern.diagnostic.Diagnostic;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.markdown.MarkdownEngine;
import dev.lectern.markdown.ParsedMarkdown;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Renders every {@code .md} and {@code .mdx} file of another project's docs folder with the
 * standard engine and reports what the dialect support left behind: paragraphs of the output that
 * still show another dialect's syntax as text ({@code :::}, {@code !!!}, {@code ///},
 * {@code { #}, …), warnings by kind, and files that failed. A measuring tool, not a test: it runs
 * only with {@code -Ddialect.corpus=FOLDER} and asserts nothing.
 *
 * <pre>mvn -B -q test -Dtest=DialectCorpusReport -Ddialect.corpus=path/to/docs</pre>
 */
class DialectCorpusReport {
  private static final List<String> LITERALS =
      List.of(":::", "!!!", "???", "///", "===", "{ #", "{:", "{#");

  @Test
  @EnabledIfSystemProperty(named = "dialect.corpus", matches = ".+")
  void report() throws IOException {
    Path root = Path.of(System.getProperty("dialect.corpus"));
    MarkdownEngine engine = MarkdownPage.engine();
    Map<String, Integer> literal = new TreeMap<>();
    Map<String, Integer> warnings = new TreeMap<>();
    Map<String, String> examples = new TreeMap<>();
    int files = 0;
    int failed = 0;
    List<Path> all;
    try (Stream<Path> walk = Files.walk(root)) {
      all = walk.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".mdx"))
          .sorted().toList();
    }
    for (Path file : all) {
      files++;
      String rel = root.relativize(file).toString().replace('\\', '/');
      String markdown = withoutFrontMatter(Files.readString(file, StandardCharsets.UTF_8));
      Diagnostics d = new Diagnostics();
      String html;
      try {
        ParsedMarkdown parsed = MarkdownPage.parse(engine, rel, markdown, d);
        html = engine.render(parsed.document(), new TestScope(parsed, d));
      } catch (RuntimeException | StackOverflowError e) {
        failed++;
        System.out.println("FAILED " + rel + ": " + e);
        continue;
      }
      countLiterals(html, rel, literal, examples);
      for (Diagnostic diag : d.sorted()) {
        String kind = (diag.isError() ? "error: " : "warning: ")
            + diag.message().replaceAll("'[^']*'", "'…'").replaceAll("\\d+", "N");
        warnings.merge(kind, 1, Integer::sum);
      }
    }
    System.out.println("== " + root + ": " + files + " files, " + failed + " failed");
    LITERALS.forEach(l -> System.out.println("literal " + l + " paragraphs: "
        + literal.getOrDefault(l, 0) + (examples.containsKey(l) ? "   e.g. " + examples.get(l) : "")));
    warnings.forEach((k, n) -> System.out.println(String.format("%6d  %s", n, k)));
  }

  /** Front matter replaced by as many empty lines, so line numbers stay the file's. */
  private static String withoutFrontMatter(String text) {
    String t = text.replace("\r\n", "\n");
    if (t.startsWith("---\n")) {
      int end = t.indexOf("\n---", 4);
      if (end > 0) {
        int close = t.indexOf('\n', end + 4);
        String head = t.substring(0, close < 0 ? t.length() : close);
        return "\n".repeat((int) head.chars().filter(c -> c == '\n').count())
            + (close < 0 ? "" : t.substring(close));
      }
    }
    return t;
  }

  private static void countLiterals(String html, String file, Map<String, Integer> literal,
      Map<String, String> examples) {
    Document doc = Jsoup.parseBodyFragment(html);
    doc.select("code, pre, kbd").remove();
    for (Element p : doc.select("p, li, dt, dd, td, th, h1, h2, h3, h4, h5, h6, summary")) {
      String text = p.ownText();
      for (String l : LITERALS) {
        if (text.contains(l)) {
          literal.merge(l, 1, Integer::sum);
          examples.putIfAbsent(l, file + ": " + (text.length() > 80 ? text.substring(0, 80)
              : text));
        }
      }
    }
  }
}
