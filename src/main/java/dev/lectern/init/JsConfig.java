package dev.lectern.init;

import dev.lectern.init.JsTokens.Kind;
import dev.lectern.init.JsTokens.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The object a JavaScript or TypeScript configuration file exports ({@code export default …},
 * {@code module.exports = …}, through a call such as {@code defineConfig(…)}), read without
 * running it: objects, arrays, strings, numbers, booleans, and names of top-level constants
 * that hold such values. Anything else (a function call, an expression, an import) is kept as
 * its source text, so the caller can say what it could not read.
 */
final class JsConfig {
  /** A value of the configuration. */
  sealed interface Value {}

  /** A string, number (as text) or boolean. */
  record Literal(Object value) implements Value {}

  /** Something that only running the file would tell, as written. */
  record Opaque(String source) implements Value {}

  /** An object literal's properties, in order. */
  record Obj(Map<String, Value> properties) implements Value {}

  /** An array literal's items. */
  record Arr(List<Value> items) implements Value {}

  private static final Set<String> CLOSERS = Set.of(",", "}", "]", ")", ";");
  private static final Set<String> STATEMENTS = Set.of("const", "let", "var", "export",
      "import", "function", "class", "interface", "type");

  private final List<Token> tokens;
  private final Map<String, Value> constants = new HashMap<>();
  private int i;

  private JsConfig(List<Token> tokens) {
    this.tokens = tokens;
  }

  /** The exported configuration object of {@code src}, if it has one that is an object. */
  static Optional<Obj> read(String src) {
    try {
      return JsTokens.of(src).flatMap(tokens -> new JsConfig(tokens).exported());
    } catch (StackOverflowError | IndexOutOfBoundsException e) {
      return Optional.empty();  // nested too deeply, or cut off: not a file to read this way
    }
  }

  private Optional<Obj> exported() {
    Value exported = null;
    int depth = 0;
    for (i = 0; i < tokens.size(); ) {
      Token t = tokens.get(i);
      if (depth == 0 && t.kind() == Kind.NAME && Set.of("const", "let", "var").contains(t.text())
          && i + 1 < tokens.size() && tokens.get(i + 1).kind() == Kind.NAME) {
        String name = tokens.get(i + 1).text();
        i += 2;
        skipTypeUntil("=");
        if (at("=")) {
          i++;
          constants.put(name, value());
        }
      } else if (depth == 0 && t.kind() == Kind.NAME && t.text().equals("export")
          && i + 1 < tokens.size() && tokens.get(i + 1).text().equals("default")) {
        i += 2;
        exported = value();
      } else if (depth == 0 && t.text().equals("module") && i + 3 < tokens.size()
          && tokens.get(i + 1).is(".") && tokens.get(i + 2).text().equals("exports")
          && tokens.get(i + 3).is("=")) {
        i += 4;
        exported = value();
      } else {
        depth += t.is("{") || t.is("(") || t.is("[") ? 1 : t.is("}") || t.is(")") || t.is("]")
            ? -1 : 0;
        depth = Math.max(0, depth);
        i++;
      }
    }
    return exported instanceof Obj o ? Optional.of(o) : Optional.empty();
  }

  /** Reads one value at the current token, leaving the position after it. */
  private Value value() {
    int start = i;
    Value v = primary();
    while (i < tokens.size() && tokens.get(i).kind() == Kind.NAME
        && Set.of("as", "satisfies").contains(tokens.get(i).text())) {
      i++;
      skipToCloser();  // a TypeScript type: the value stays what it was
    }
    if (i < tokens.size() && continues(tokens.get(i))) {
      skipToCloser();  // an expression: not a literal
      return new Opaque(source(start, i));
    }
    return v;
  }

  /**
   * True if {@code next} continues the expression before it: an operator, a call, a member.
   * A name or literal right after a value starts a new statement (a line without ';').
   */
  private static boolean continues(Token next) {
    if (next.kind() == Kind.PUNCT) {
      return !CLOSERS.contains(next.text());
    }
    return next.kind() == Kind.NAME && Set.of("in", "instanceof").contains(next.text());
  }

  private Value primary() {
    if (i >= tokens.size()) {
      return new Opaque("");
    }
    Token t = tokens.get(i);
    if (t.is("{")) {
      return object();
    }
    if (t.is("[")) {
      return array();
    }
    if (t.is("(")) {
      int start = i;
      i++;
      Value inner = value();
      if (at(")") && !(i + 1 < tokens.size() && tokens.get(i + 1).is("=>"))) {
        i++;
        return inner;  // a value in parentheses: ({…}), as JSDoc type casts are written
      }
      i = start;
      skipBalanced();  // an arrow function's parameters, or an expression
      return new Opaque(source(start, i));
    }
    i++;
    return switch (t.kind()) {
      case STRING -> new Literal(t.text());
      case NUMBER -> new Literal(t.text());
      case TEMPLATE -> new Opaque(t.text());
      case NAME -> name(t.text());
      case PUNCT -> new Opaque(t.text());
    };
  }

  /** true/false/null, a constant's value, or a call whose first argument is the value. */
  private Value name(String name) {
    if (name.equals("true") || name.equals("false")) {
      return new Literal(Boolean.valueOf(name));
    }
    if (at("(") && name.startsWith("define")) {
      i++;
      Value inner = value();
      skipToCloser();
      if (at(")")) {
        i++;
      }
      return inner;
    }
    if (!at("(") && !at(".") && constants.containsKey(name)) {
      return constants.get(name);
    }
    return new Opaque(name);
  }

  private Obj object() {
    i++;  // {
    Map<String, Value> properties = new LinkedHashMap<>();
    while (i < tokens.size() && !at("}")) {
      Token key = tokens.get(i);
      if ((key.kind() == Kind.NAME || key.kind() == Kind.STRING || key.kind() == Kind.NUMBER)
          && i + 1 < tokens.size() && tokens.get(i + 1).is(":")) {
        i += 2;
        properties.put(key.text(), value());
      } else {
        int start = i;
        skipToCloser();  // a spread, a method, a shorthand or computed property
        if (key.kind() == Kind.NAME && i == start + 1 && constants.containsKey(key.text())) {
          properties.put(key.text(), constants.get(key.text()));
        } else if (key.kind() == Kind.NAME) {
          properties.put(key.text(), new Opaque(source(start, i)));
        }
      }
      if (at(",")) {
        i++;
      } else if (!at("}")) {
        skipToCloser();
        if (at(",") || at("]") || at(")") || at(";")) {
          i++;  // a stray closer would stop the loop from moving on
        }
      }
    }
    i++;  // }
    return new Obj(properties);
  }

  private Arr array() {
    i++;  // [
    List<Value> items = new ArrayList<>();
    while (i < tokens.size() && !at("]")) {
      int before = i;
      items.add(value());
      if (at(",")) {
        i++;
      } else if (!at("]")) {
        skipToCloser();
        if (i == before || at("}") || at(")") || at(";")) {
          i++;  // a stray closer would stop the loop from moving on
        }
      }
    }
    i++;  // ]
    return new Arr(items);
  }

  /**
   * Moves to the next ',', '}', ']', ')' or ';' outside brackets, or to the next statement
   * ({@code const}, {@code export}, …: files often leave out the ';').
   */
  private void skipToCloser() {
    int depth = 0;
    int start = i;
    while (i < tokens.size()) {
      Token t = tokens.get(i);
      if (depth == 0 && CLOSERS.contains(t.text()) && t.kind() == Kind.PUNCT) {
        return;
      }
      if (depth == 0 && i > start && t.kind() == Kind.NAME && STATEMENTS.contains(t.text())) {
        return;
      }
      if (t.is("{") || t.is("[") || t.is("(")) {
        depth++;
      } else if (t.is("}") || t.is("]") || t.is(")")) {
        depth--;
      }
      i++;
    }
  }

  /** Moves past the bracket at the current token and everything up to its partner. */
  private void skipBalanced() {
    int depth = 0;
    do {
      Token t = tokens.get(i);
      depth += t.is("{") || t.is("[") || t.is("(") ? 1 : t.is("}") || t.is("]") || t.is(")")
          ? -1 : 0;
      i++;
    } while (depth > 0 && i < tokens.size());
  }

  private void skipTypeUntil(String punct) {
    int depth = 0;
    while (i < tokens.size() && !(depth == 0 && (at(punct) || at(";")))) {
      Token t = tokens.get(i);
      depth += t.is("<") || t.is("{") || t.is("(") ? 1 : t.is(">") || t.is("}") || t.is(")")
          ? -1 : 0;
      i++;
    }
  }

  private boolean at(String punct) {
    return i < tokens.size() && tokens.get(i).is(punct);
  }

  private String source(int from, int to) {
    StringBuilder s = new StringBuilder();
    for (int k = from; k < to && k < tokens.size(); k++) {
      Token t = tokens.get(k);
      s.append(t.kind() == Kind.STRING ? "'" + t.text() + "'" : t.text());
    }
    String text = s.toString();
    return text.length() > 60 ? text.substring(0, 57) + "..." : text;
  }
}
