package dev.lectern.markdown.snippets;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Replaces pymdownx.snippets lines with what they include, recursively: an included file's own
 * include lines are expanded too, up to {@link #MAX_DEPTH} files deep; a file that includes
 * itself is a problem. Escaped lines lose their semicolon.
 */
final class Includer {
  static final int MAX_DEPTH = 8;

  private final SnippetFiles files;

  Includer(SnippetFiles files) {
    this.files = files;
  }

  /** A problem, at line {@code line} (0-based) of the lines given to {@link #expand}. */
  static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String hint;
    int line;

    Failure(String message, String hint) {
      super(message, null, false, false);
      this.hint = hint;
    }
  }

  /** True if {@code line} is snippet syntax (an include, or the marker of a block of them). */
  static boolean isSnippetLine(String line) {
    return SnippetLines.isBlockMarker(line) || SnippetLines.include(line).isPresent();
  }

  /** {@code lines} with every include replaced; throws {@link Failure} at the first problem. */
  List<String> expand(List<String> lines, String including) {
    Deque<String> stack = new ArrayDeque<>();
    stack.push(including);
    return expand(lines, stack);
  }

  private List<String> expand(List<String> lines, Deque<String> stack) {
    List<String> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      try {
        Optional<SnippetLines.Include> include = SnippetLines.include(line);
        if (include.isPresent() && !include.get().escaped()) {
          for (String l : include(include.get().spec(), stack)) {
            out.add(l.isEmpty() ? l : include.get().indent() + l);
          }
        } else if (SnippetLines.isBlockMarker(line)) {
          int end = closing(lines, i);
          for (int j = i + 1; j < end; j++) {
            String spec = lines.get(j).strip();
            if (!spec.isEmpty() && !spec.startsWith(";")) {
              i = j;
              out.addAll(include(spec, stack));
            }
          }
          i = end;
        } else {
          out.add(SnippetLines.unescaped(line));
        }
      } catch (Failure f) {
        f.line = i;
        throw f;
      }
    }
    return out;
  }

  private static int closing(List<String> lines, int open) {
    for (int j = open + 1; j < lines.size(); j++) {
      if (SnippetLines.isBlockMarker(lines.get(j))) {
        return j;
      }
    }
    throw new Failure("this block of snippets is never closed", "end it with a line of --8<--");
  }

  private List<String> include(String spec, Deque<String> stack) {
    SnippetSpec s = SnippetSpec.parse(spec);
    SnippetFiles.Outcome outcome = files.read(s.path());
    SnippetFiles.Read read = outcome.read()
        .orElseThrow(() -> new Failure(outcome.problem(), outcome.hint()));
    if (stack.contains(read.sitePath())) {
      List<String> chain = new ArrayList<>(stack);
      java.util.Collections.reverse(chain);
      throw new Failure("snippet '" + spec + "' includes itself (" + String.join(" → ", chain)
          + " → " + read.sitePath() + ")", "remove the include that closes the circle");
    }
    if (stack.size() > MAX_DEPTH) {
      throw new Failure("snippets nested more than " + MAX_DEPTH + " files deep at '" + spec
          + "'", "include the innermost file directly");
    }
    Selection.Result chosen = Selection.of(read.text(), s.ranges(), s.section());
    if (chosen.problem().isPresent()) {
      throw new Failure("snippet '" + spec + "': " + chosen.problem().get(),
          "check the line numbers or section name against " + read.sitePath());
    }
    stack.push(read.sitePath());
    try {
      return expand(chosen.lines(), stack);
    } catch (Failure nested) {
      throw new Failure(nested.getMessage(), nested.hint);  // reported at the outer line
    } finally {
      stack.pop();
    }
  }
}
