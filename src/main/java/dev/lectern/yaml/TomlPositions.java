package dev.lectern.yaml;

import dev.lectern.diagnostic.SourcePosition;
import dev.lectern.yaml.YamlNode.YamlList;
import dev.lectern.yaml.YamlNode.YamlMap;
import dev.lectern.yaml.YamlNode.YamlScalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places the nodes of a TOML document at the lines that write them: a key at its
 * {@code key = value} line (within its {@code [table]}), its value just after the '=', a
 * table at its header line, and list items at their key's value.
 */
final class TomlPositions {
  private static final Pattern HEADER = Pattern.compile("^\\s*\\[\\s*([^\\]]+?)\\s*\\]\\s*$");

  private final String[] lines;
  private final String file;
  private final int firstLine;

  private TomlPositions(String text, String file, int firstLine) {
    this.lines = text.split("\n", -1);
    this.file = file;
    this.firstLine = firstLine;
  }

  static YamlNode locate(YamlNode root, String text, String file, int firstLine) {
    TomlPositions p = new TomlPositions(text, file, firstLine);
    SourcePosition top = new SourcePosition(file, firstLine, 1);
    return root instanceof YamlMap map ? p.map(map, "", 0, p.next(0), top) : root;
  }

  private YamlMap map(YamlMap map, String table, int from, int to, SourcePosition at) {
    Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
    for (YamlNode.Entry e : map.entries().values()) {
      String path = table.isEmpty() ? e.key() : table + "." + e.key();
      int header = header(path);
      SourcePosition keyAt;
      SourcePosition valueAt;
      YamlNode value;
      if (header >= 0 && e.value() instanceof YamlMap nested) {
        keyAt = position(header, lines[header].indexOf('['));
        value = map(nested, path, header + 1, next(header + 1), keyAt);
      } else {
        int[] found = keyLine(e.key(), from, to);
        keyAt = found == null ? at : position(found[0], found[1]);
        valueAt = found == null ? at : position(found[0], found[2]);
        value = place(e.value(), path, valueAt);
      }
      entries.put(e.key(), new YamlNode.Entry(e.key(), keyAt, value));
    }
    return new YamlMap(at, entries);
  }

  /** An inline value: tables and lists written on its key's line take that place. */
  private YamlNode place(YamlNode value, String path, SourcePosition at) {
    if (value instanceof YamlScalar s) {
      return new YamlScalar(at, s.text());
    }
    if (value instanceof YamlList list) {
      List<YamlNode> items = new ArrayList<>();
      list.items().forEach(item -> items.add(place(item, path, at)));
      return new YamlList(at, List.copyOf(items));
    }
    Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
    ((YamlMap) value).entries().forEach((k, e) -> entries.put(k,
        new YamlNode.Entry(k, at, place(e.value(), path + "." + k, at))));
    return new YamlMap(at, entries);
  }

  /** The line of {@code key = …} between {@code from} and {@code to}: line, key and value index. */
  private int[] keyLine(String key, int from, int to) {
    Pattern p = Pattern.compile("^(\\s*)[\"']?" + Pattern.quote(key) + "[\"']?\\s*=\\s*");
    for (int i = from; i < to; i++) {
      Matcher m = p.matcher(lines[i]);
      if (m.find()) {
        return new int[] {i, m.group(1).length(), m.end()};
      }
    }
    return null;
  }

  private int header(String path) {
    for (int i = 0; i < lines.length; i++) {
      Matcher m = HEADER.matcher(lines[i]);
      if (m.matches() && m.group(1).replace(" ", "").equals(path)) {
        return i;
      }
    }
    return -1;
  }

  /** The line of the next table header after {@code from}, or the end. */
  private int next(int from) {
    for (int i = from; i < lines.length; i++) {
      if (HEADER.matcher(lines[i]).matches()) {
        return i;
      }
    }
    return lines.length;
  }

  private SourcePosition position(int line, int index) {
    return new SourcePosition(file, firstLine + line, index + 1);
  }
}
