package dev.lectern.markdown.code;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Splits highlighted HTML into one balanced fragment per line: tokens spanning a line break
 * (a multi-line string) are closed at the end of the line and reopened on the next. The input
 * holds only {@code <span …>} and {@code </span>} tags and escaped text.
 */
final class HtmlLines {
  private HtmlLines() {}

  static List<String> split(String html) {
    List<String> lines = new ArrayList<>();
    Deque<String> open = new ArrayDeque<>();
    StringBuilder line = new StringBuilder();
    boolean hasText = false;
    int i = 0;
    while (i < html.length()) {
      char c = html.charAt(i);
      if (c == '<') {
        int end = html.indexOf('>', i) + 1;
        String tag = html.substring(i, end);
        if (tag.startsWith("</")) {
          open.pop();
        } else {
          open.push(tag);
        }
        line.append(tag);
        i = end;
      } else if (c == '\n') {
        line.append("</span>".repeat(open.size()));
        lines.add(line.toString());
        line.setLength(0);
        open.descendingIterator().forEachRemaining(line::append);
        hasText = false;
        i++;
      } else {
        line.append(c);
        hasText = true;
        i++;
      }
    }
    // The text after the last line break is a line only if it has text (code ends with '\n').
    if (hasText || lines.isEmpty()) {
      line.append("</span>".repeat(open.size()));
      lines.add(line.toString());
    }
    return lines;
  }
}
