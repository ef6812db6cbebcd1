package dev.lectern.markdown.snippets;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The part of an included file to show: line ranges or a named section, without the section
 * markers of any section (pymdownx's rule), and with the file's last line break dropped.
 */
final class Selection {
  private Selection() {}

  /** The lines chosen, or a problem. */
  record Result(List<String> lines, Optional<String> problem) {}

  static Result of(String text, List<SnippetSpec.Range> ranges, Optional<String> section) {
    List<String> all = lines(text);
    List<String> chosen = new ArrayList<>();
    if (section.isPresent()) {
      Optional<String> problem = section(all, section.get(), chosen);
      if (problem.isPresent()) {
        return new Result(List.of(), problem);
      }
    } else if (!ranges.isEmpty()) {
      for (SnippetSpec.Range r : ranges) {
        int to = r.to() == 0 ? all.size() : Math.min(r.to(), all.size());
        if (r.from() > all.size()) {
          return new Result(List.of(), Optional.of("line " + r.from() + " is past the end of "
              + "the file (" + all.size() + " lines)"));
        }
        if (to < r.from()) {
          return new Result(List.of(), Optional.of("line range " + r.from() + "-" + r.to()
              + " ends before it starts"));
        }
        chosen.addAll(all.subList(r.from() - 1, to));
      }
    } else {
      chosen.addAll(all);
    }
    chosen.removeIf(l -> SnippetLines.marker(l).isPresent());
    return new Result(chosen, Optional.empty());
  }

  private static Optional<String> section(List<String> all, String name, List<String> out) {
    boolean inside = false;
    boolean found = false;
    for (String line : all) {
      Optional<String[]> marker = SnippetLines.marker(line);
      if (marker.isPresent() && marker.get()[1].equals(name)) {
        if (marker.get()[0].equals("start")) {
          inside = true;
          found = true;
        } else if (inside) {
          return Optional.empty();
        }
      } else if (inside) {
        out.add(line);
      }
    }
    return found ? Optional.of("section '" + name + "' is never ended with --8<-- [end:" + name
        + "]") : Optional.of("there is no section '" + name + "' (--8<-- [start:" + name + "])");
  }

  private static List<String> lines(String text) {
    String t = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    List<String> out = new ArrayList<>();
    if (t.isEmpty()) {
      return out;
    }
    for (String l : t.split("\n", -1)) {
      out.add(l.endsWith("\r") ? l.substring(0, l.length() - 1) : l);
    }
    return out;
  }
}
