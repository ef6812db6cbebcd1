package dev.lectern.markdown.code;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a fence's info string into its parts, with their offsets, without interpreting them.
 * The forms of every dialect Lectern reads: bare words ({@code python}, {@code linenums},
 * {@code showLineNumbers}), {@code key=value} with a bare, quoted or bracketed value
 * ({@code hl_lines="1 3-4"}, {@code hl_lines=[8,"15-17"]}), braces ({@code {1,4-6}} or an
 * attribute list {@code { .python title="a.py" }}), brackets ({@code [label]}) and colon options
 * ({@code :line-numbers=5}). A word directly followed by braces or a colon option
 * ({@code python{2}}, {@code ts:line-numbers}) is split there.
 */
final class InfoTokens {
  /** The kinds of part. */
  enum Kind { WORD, KEY_VALUE, BRACES, BRACKETS, COLON }

  /**
   * One part: its kind, its name (the word, the key, the colon option's name, or the text inside
   * braces or brackets), its value (for {@code key=value} and {@code :name=value}; null when
   * absent) and the offsets of the part and of its value.
   */
  record Token(Kind kind, String name, String value, int offset, int valueOffset) {}

  /** A malformed part at {@code offset}. */
  static final class Malformed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int offset;

    Malformed(int offset, String message) {
      super(message, null, false, false);
      this.offset = offset;
    }
  }

  private final String text;
  private int pos;

  private InfoTokens(String text) {
    this.text = text;
  }

  /** The parts of {@code info}; throws {@link Malformed} at an unclosed quote, brace or bracket. */
  static List<Token> split(String info) {
    return new InfoTokens(info).all();
  }

  private List<Token> all() {
    List<Token> tokens = new ArrayList<>();
    while (true) {
      skipSeparators(false);
      if (pos >= text.length()) {
        return tokens;
      }
      tokens.add(next());
    }
  }

  private Token next() {
    char c = text.charAt(pos);
    if (c == '{') {
      int open = pos;
      return new Token(Kind.BRACES, enclosed('{', '}', "'{'"), null, open, open + 1);
    }
    if (c == '[') {
      int open = pos;
      return new Token(Kind.BRACKETS, enclosed('[', ']', "'['"), null, open, open + 1);
    }
    if (c == ':') {
      int start = pos++;
      String name = name();
      return withValue(Kind.COLON, name, start);
    }
    int start = pos;
    String name = name();
    if (name.isEmpty()) {
      // Anything else: a word up to the next space, reported by the interpreter.
      while (pos < text.length() && !Character.isWhitespace(text.charAt(pos))) {
        pos++;
      }
      return new Token(Kind.WORD, text.substring(start, pos), null, start, start);
    }
    return withValue(Kind.KEY_VALUE, name, start);
  }

  /** A name, then {@code =value} if present; a name without value is a word. */
  private Token withValue(Kind kind, String name, int start) {
    if (pos < text.length() && text.charAt(pos) == '=') {
      pos++;
      int at = pos;
      return new Token(kind, name, value(name), start, at);
    }
    return new Token(kind == Kind.COLON ? Kind.COLON : Kind.WORD, name, null, start, pos);
  }

  /** Letters, digits and {@code - _ . + #}: language tags ({@code c++}, {@code c#}) and keys. */
  private String name() {
    int start = pos;
    while (pos < text.length() && isNameChar(text.charAt(pos))) {
      pos++;
    }
    return text.substring(start, pos);
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == '+'
        || c == '#';
  }

  private String value(String key) {
    if (pos >= text.length() || Character.isWhitespace(text.charAt(pos))) {
      throw new Malformed(pos, "'" + key + "' needs a value after '='");
    }
    char c = text.charAt(pos);
    if (c == '"' || c == '\'') {
      int open = pos;
      int close = text.indexOf(c, pos + 1);
      if (close < 0) {
        throw new Malformed(open, "unclosed quote in the value of '" + key + "'");
      }
      pos = close + 1;
      return text.substring(open + 1, close);
    }
    if (c == '[') {
      return enclosed('[', ']', "'[' in the value of '" + key + "'");
    }
    int start = pos;
    while (pos < text.length() && !Character.isWhitespace(text.charAt(pos))
        && text.charAt(pos) != '{' && text.charAt(pos) != ',' && text.charAt(pos) != '}') {
      pos++;
    }
    return text.substring(start, pos);
  }

  /** The text between {@code open} at pos and its {@code close}; quotes inside are skipped. */
  private String enclosed(char open, char close, String what) {
    int start = pos;
    int i = pos + 1;
    while (i < text.length() && text.charAt(i) != close) {
      char c = text.charAt(i);
      if (c == '"' || c == '\'') {
        int end = text.indexOf(c, i + 1);
        if (end < 0) {
          throw new Malformed(i, "unclosed quote inside " + what.replace("'{'", "braces"));
        }
        i = end;
      }
      i++;
    }
    if (i >= text.length()) {
      throw new Malformed(start, "unclosed " + what);
    }
    pos = i + 1;
    return text.substring(start + 1, i);
  }

  /** Skips spaces, and commas too inside an attribute list. */
  private void skipSeparators(boolean commas) {
    while (pos < text.length() && (Character.isWhitespace(text.charAt(pos))
        || commas && text.charAt(pos) == ',')) {
      pos++;
    }
  }

  /**
   * The items of an attribute list ({@code .python #id key="v" key2=v2 flag}, separated by
   * spaces or commas), with offsets relative to {@code base}.
   */
  static List<Token> attributes(String inside, int base) {
    InfoTokens t = new InfoTokens(inside);
    List<Token> items = new ArrayList<>();
    while (true) {
      t.skipSeparators(true);
      if (t.pos >= inside.length()) {
        return shift(items, base);
      }
      char c = inside.charAt(t.pos);
      int start = t.pos;
      if (c == '.' || c == '#') {
        t.pos++;
        String name = t.name();
        items.add(new Token(Kind.WORD, c + name, null, start, start));
      } else {
        String name = t.name();
        if (name.isEmpty()) {
          throw new Malformed(base + start, "unexpected '" + c + "' in the attribute list");
        }
        items.add(t.withValue(Kind.KEY_VALUE, name, start));
      }
    }
  }

  private static List<Token> shift(List<Token> items, int base) {
    List<Token> out = new ArrayList<>(items.size());
    for (Token x : items) {
      out.add(new Token(x.kind(), x.name(), x.value(), x.offset() + base,
          x.valueOffset() + base));
    }
    return out;
  }
}
