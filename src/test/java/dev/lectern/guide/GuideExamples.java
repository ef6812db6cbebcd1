package dev.lectern.guide;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The executable examples of a guide's Markdown files: every {@code pycon} block (a doctest) and
 * every {@code python} block directly followed by a {@code text title="Output"} block (a script
 * whose stdout must be that text). Reads the files itself, independently of Lectern's pipeline,
 * so the check does not depend on what it checks.
 */
final class GuideExamples {
  private static final Pattern FRONT_MATTER =
      Pattern.compile("\\A---\\R(?:.*?\\R)?---[ \\t]*(?:\\R|\\z)", Pattern.DOTALL);
  private static final Pattern TITLE = Pattern.compile("(?:^|\\s)title=\"([^\"]*)\"");
  private static final Pattern MIN_VERSION =
      Pattern.compile("(?:^|\\s)min-version=(\\d+)\\.(\\d+)(?=\\s|\\{|$)");
  private static final Parser PARSER =
      Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

  /** The title that marks a {@code text} block as the output of the python block before it. */
  static final String OUTPUT_TITLE = "Output";

  enum Kind { DOCTEST, SCRIPT }

  /**
   * One example. {@code line} is the 1-based line of the opening fence in {@code file} (a path
   * relative to the guide's root, with {@code /}); {@code expectedLine} is the first line of the
   * Output block's text, 0 for doctests.
   */
  record Example(Kind kind, String file, int line, String code, String expected,
      int expectedLine, Optional<int[]> minVersion) {}

  /** The examples found, and mistakes in how examples are marked up ("file:line: message"). */
  record Found(List<Example> examples, List<String> problems) {}

  private GuideExamples() {}

  /** Every example under {@code root/content}, in path order. */
  static Found collect(Path root) throws IOException {
    Path content = root.resolve("content");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(content)) {
      files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    List<Example> examples = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Path file : files) {
      String name = root.relativize(file).toString().replace('\\', '/');
      String text = Files.readString(file, StandardCharsets.UTF_8);
      Found found = parse(name, text);
      examples.addAll(found.examples());
      problems.addAll(found.problems());
    }
    return new Found(examples, problems);
  }

  /** The examples of one Markdown file's text. */
  static Found parse(String file, String text) {
    List<Example> examples = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Node document = PARSER.parse(blankFrontMatter(text));
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(FencedCodeBlock block) {
        String info = block.getInfo() == null ? "" : block.getInfo().strip();
        String language = language(info);
        int line = line(block);
        Optional<int[]> minVersion = minVersion(info);
        if (language.equals("pycon")) {
          examples.add(new Example(Kind.DOCTEST, file, line, block.getLiteral(), "", 0,
              minVersion));
        } else if (isOutput(block)) {
          Node previous = block.getPrevious();
          if (!(previous instanceof FencedCodeBlock code && isPython(code))) {
            problems.add(file + ":" + line + ": a title=\"" + OUTPUT_TITLE + "\" block must"
                + " directly follow the python block whose output it shows");
          }
        } else if (isPython(block) && block.getNext() instanceof FencedCodeBlock next
            && isOutput(next)) {
          examples.add(new Example(Kind.SCRIPT, file, line, block.getLiteral(),
              next.getLiteral(), line(next) + 1, minVersion));
        }
      }
    });
    return new Found(examples, problems);
  }

  /** Replaces the front matter by as many empty lines, so line numbers stay the file's. */
  static String blankFrontMatter(String text) {
    Matcher m = FRONT_MATTER.matcher(text);
    if (!m.find()) {
      return text;
    }
    String blank = m.group().replaceAll("[^\\r\\n]", "");
    return blank + text.substring(m.end());
  }

  private static int line(FencedCodeBlock block) {
    return block.getSourceSpans().get(0).getLineIndex() + 1;
  }

  private static String language(String info) {
    int end = 0;
    while (end < info.length() && !Character.isWhitespace(info.charAt(end))
        && info.charAt(end) != '{') {
      end++;
    }
    return info.substring(0, end);
  }

  private static boolean isPython(FencedCodeBlock block) {
    String language = language(block.getInfo() == null ? "" : block.getInfo().strip());
    return language.equals("python") || language.equals("py");
  }

  private static boolean isOutput(FencedCodeBlock block) {
    String info = block.getInfo() == null ? "" : block.getInfo().strip();
    if (!language(info).equals("text")) {
      return false;
    }
    Matcher m = TITLE.matcher(info);
    return m.find() && m.group(1).equals(OUTPUT_TITLE);
  }

  private static Optional<int[]> minVersion(String info) {
    Matcher m = MIN_VERSION.matcher(info);
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))});
  }
}
