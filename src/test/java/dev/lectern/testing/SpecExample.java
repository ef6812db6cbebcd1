package dev.lectern.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One example of a spec file in commonmark's format: Markdown, a line with '.', the expected
 * HTML, between fences of 32 backticks; {@code →} stands for a tab.
 */
public record SpecExample(String section, int number, int line, String markdown, String html) {
  private static final String OPEN = "```````````````````````````````` example";
  private static final String CLOSE = "````````````````````````````````";

  @Override
  public String toString() {
    return section + " #" + number + " (line " + line + ")";
  }

  /** Reads every example of a classpath spec file. */
  public static List<SpecExample> read(String resource) {
    try (InputStream in = SpecExample.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no spec file " + resource);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<SpecExample> parse(String text) {
    List<SpecExample> examples = new ArrayList<>();
    String section = "";
    StringBuilder md = null;
    StringBuilder html = null;
    int start = 0;
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i];
      if (md == null && l.startsWith("## ")) {
        section = l.substring(3).strip();
      } else if (md == null && l.equals(OPEN)) {
        md = new StringBuilder();
        start = i + 1;
      } else if (md != null && html == null && l.equals(".")) {
        html = new StringBuilder();
      } else if (md != null && l.equals(CLOSE)) {
        examples.add(new SpecExample(section, examples.size() + 1, start,
            md.toString().replace('→', '\t'), html == null ? "" : html.toString().replace('→', '\t')));
        md = null;
        html = null;
      } else if (html != null) {
        html.append(l).append('\n');
      } else if (md != null) {
        md.append(l).append('\n');
      }
    }
    return examples;
  }
}
