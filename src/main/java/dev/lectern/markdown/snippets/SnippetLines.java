package dev.lectern.markdown.snippets;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of pymdownx.snippets (and markdown-include's {@code {!path!}}): {@code --8<-- "path"}
 * alone on a line (any number of dashes
 * around the scissors, single or double quotes), a line of only {@code --8<--} opening and
 * closing a block of paths one per line, and section markers {@code --8<-- [start:name]} /
 * {@code [end:name]} inside included files. A leading {@code ;} escapes a line: it is shown
 * without that semicolon.
 */
final class SnippetLines {
  private static final Pattern INLINE = Pattern.compile(
      "([ \\t]*+)(;*+)-++8<-++[ \\t]++(\"(?:[^\"\\\\\\n\\r]|\\\\.)++\"|'(?:[^'\\\\\\n\\r]|\\\\.)++')"
          + "[ \\t]*+");
  /** markdown-include's {@code {!path!}} (and {@code {!> path!}}), as FastAPI's docs use it. */
  private static final Pattern BRACES = Pattern.compile(
      "([ \\t]*+)\\{!>?[ \\t]*+([^!\\s][^!\\n]*?)[ \\t]*+!\\}[ \\t]*+");
  private static final Pattern BLOCK = Pattern.compile("[ \\t]*(;*)-+8<-+[ \\t]*");
  private static final Pattern MARKER = Pattern.compile(
      "-+8<-+[ \\t]+\\[[ \\t]*(start|end)[ \\t]*:[ \\t]*([a-z][-_0-9a-z]*)[ \\t]*\\]");

  private SnippetLines() {}

  /** An include line: its indentation, whether it was escaped, what it names, its column. */
  record Include(String indent, boolean escaped, String spec, int column) {}

  /** The include on {@code line}, if it is one. */
  static Optional<Include> include(String line) {
    if (line.contains("{!")) {
      Matcher braces = BRACES.matcher(line);
      if (braces.matches()) {
        return Optional.of(new Include(braces.group(1), false, braces.group(2),
            braces.end(1) + 1));
      }
    }
    if (!line.contains("8<")) {
      return Optional.empty();
    }
    Matcher m = INLINE.matcher(line);
    if (!m.matches()) {
      return Optional.empty();
    }
    String quoted = m.group(3);
    String spec = quoted.substring(1, quoted.length() - 1)
        .replace("\\" + quoted.charAt(0), String.valueOf(quoted.charAt(0)));
    return Optional.of(new Include(m.group(1), !m.group(2).isEmpty(), spec.strip(),
        m.end(2) + 1));
  }

  /** True if {@code line} opens or closes a block of paths (escaped ones are not). */
  static boolean isBlockMarker(String line) {
    Matcher m = BLOCK.matcher(line);
    return line.contains("8<") && m.matches() && m.group(1).isEmpty();
  }

  /** An escaped line without its first semicolon, or {@code line} as it is. */
  static String unescaped(String line) {
    int semi = line.indexOf(';');
    if (semi < 0 || !line.substring(0, semi).isBlank() || !line.contains("8<")) {
      return line;
    }
    boolean escapedInclude = include(line).map(Include::escaped).orElse(false);
    Matcher block = BLOCK.matcher(line);
    boolean escapedBlock = block.matches() && !block.group(1).isEmpty();
    return escapedInclude || escapedBlock ? line.substring(0, semi) + line.substring(semi + 1)
        : line;
  }

  /** The section marker on {@code line}: "start" or "end" and the name. */
  static Optional<String[]> marker(String line) {
    if (!line.contains("8<")) {
      return Optional.empty();
    }
    Matcher m = MARKER.matcher(line);
    return m.find() ? Optional.of(new String[] {m.group(1), m.group(2)}) : Optional.empty();
  }
}
