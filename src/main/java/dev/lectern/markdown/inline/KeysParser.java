package dev.lectern.markdown.inline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Scanner;

/**
 * Parses pymdownx.keys' key combinations: {@code ++ctrl+alt+del++}, keys joined by {@code +},
 * each a name ({@code ctrl}, {@code page-up}, {@code f5}, a single character) or a quoted label
 * ({@code ++ctrl+"My key"++}). Known names get their usual label; others are shown as written.
 */
final class KeysParser implements InlineContentParser {
  private static final int LONGEST = 120;
  private static final Pattern KEY = Pattern.compile("\"([^\"]+)\"|([A-Za-z0-9][\\w-]*|[^\\s+\"])");
  private static final Map<String, String> LABELS = Map.ofEntries(
      Map.entry("ctrl", "Ctrl"), Map.entry("control", "Ctrl"), Map.entry("alt", "Alt"),
      Map.entry("shift", "Shift"), Map.entry("cmd", "Cmd"), Map.entry("command", "Cmd"),
      Map.entry("meta", "Meta"), Map.entry("option", "Option"), Map.entry("opt", "Option"),
      Map.entry("win", "Win"), Map.entry("windows", "Win"), Map.entry("super", "Super"),
      Map.entry("fn", "Fn"), Map.entry("enter", "Enter"), Map.entry("return", "Return"),
      Map.entry("esc", "Esc"), Map.entry("escape", "Esc"), Map.entry("tab", "Tab"),
      Map.entry("space", "Space"), Map.entry("backspace", "Backspace"),
      Map.entry("del", "Del"), Map.entry("delete", "Del"), Map.entry("ins", "Ins"),
      Map.entry("insert", "Ins"), Map.entry("home", "Home"), Map.entry("end", "End"),
      Map.entry("page-up", "Page Up"), Map.entry("page-down", "Page Down"),
      Map.entry("arrow-up", "Up"), Map.entry("arrow-down", "Down"),
      Map.entry("arrow-left", "Left"), Map.entry("arrow-right", "Right"),
      Map.entry("up", "Up"), Map.entry("down", "Down"), Map.entry("left", "Left"),
      Map.entry("right", "Right"), Map.entry("caps-lock", "Caps Lock"),
      Map.entry("num-lock", "Num Lock"), Map.entry("scroll-lock", "Scroll Lock"),
      Map.entry("print-screen", "Print Screen"), Map.entry("pause", "Pause"),
      Map.entry("menu", "Menu"), Map.entry("plus", "+"), Map.entry("minus", "-"));

  @Override
  public ParsedInline tryParse(InlineParserState state) {
    Scanner scanner = state.scanner();
    if (!scanner.next("++")) {
      return ParsedInline.none();
    }
    StringBuilder inside = new StringBuilder();
    boolean quoted = false;
    while (inside.length() <= LONGEST && scanner.hasNext()) {
      char c = scanner.peek();
      if (c == '\n' || c == Scanner.END) {
        return ParsedInline.none();
      }
      if (!quoted && c == '+' && scanner.next("++")) {
        List<Keys.Key> keys = keys(inside.toString());
        return keys.isEmpty() ? ParsedInline.none()
            : ParsedInline.of(new Keys(keys), scanner.position());
      }
      quoted ^= c == '"';
      inside.append(c);
      scanner.next();
    }
    return ParsedInline.none();
  }

  /** The keys of {@code text} ({@code ctrl+alt+del}); empty unless it is only keys and '+'. */
  static List<Keys.Key> keys(String text) {
    List<Keys.Key> keys = new ArrayList<>();
    Matcher m = KEY.matcher(text);
    int at = 0;
    while (at < text.length()) {
      if (!m.find(at) || m.start() != at) {
        return List.of();
      }
      keys.add(m.group(1) != null ? new Keys.Key("", m.group(1)) : key(m.group(2)));
      at = m.end();
      if (at < text.length()) {
        if (text.charAt(at) != '+' || at == text.length() - 1) {
          return List.of();
        }
        at++;
      }
    }
    return keys;
  }

  private static Keys.Key key(String written) {
    String name = written.toLowerCase(Locale.ROOT);
    String label = LABELS.get(name);
    if (label == null) {
      label = name.matches("f\\d{1,2}") || written.length() == 1 ? written.toUpperCase(Locale.ROOT)
          : written;
    }
    return new Keys.Key(name, label);
  }

  /** Makes key parsers; triggered by '+'. */
  static final class Factory implements InlineContentParserFactory {
    @Override
    public Set<Character> getTriggerCharacters() {
      return Set.of('+');
    }

    @Override
    public InlineContentParser create() {
      return new KeysParser();
    }
  }
}
