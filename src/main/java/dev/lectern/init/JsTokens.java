package dev.lectern.init;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tokens of a JavaScript or TypeScript file, as far as reading literal values from a
 * configuration file needs: strings (template literals without {@code ${…}} count as strings),
 * numbers, names and punctuation; comments are skipped. Nothing is executed.
 */
final class JsTokens {
  /** What a token is. */
  enum Kind { STRING, NUMBER, NAME, PUNCT, TEMPLATE }

  /** A token and its text (a string's value, unquoted). */
  record Token(Kind kind, String text) {
    boolean is(String punct) {
      return kind == Kind.PUNCT && text.equals(punct);
    }
  }

  private final String src;
  private int i;

  private JsTokens(String src) {
    this.src = src;
  }

  /** The tokens of {@code src}, or empty if it has a string or comment that never ends. */
  static Optional<List<Token>> of(String src) {
    try {
      return Optional.of(new JsTokens(src).all());
    } catch (IllegalStateException e) {
      return Optional.empty();
    }
  }

  private List<Token> all() {
    List<Token> tokens = new ArrayList<>();
    while (true) {
      skipSpaceAndComments();
      if (i >= src.length()) {
        return tokens;
      }
      char c = src.charAt(i);
      if (c == '\'' || c == '"') {
        tokens.add(new Token(Kind.STRING, quoted(c)));
      } else if (c == '`') {
        tokens.add(template());
      } else if (Character.isDigit(c)) {
        tokens.add(new Token(Kind.NUMBER, run(ch -> Character.isLetterOrDigit(ch) || ch == '.'
            || ch == '_')));
      } else if (Character.isJavaIdentifierStart(c)) {
        tokens.add(new Token(Kind.NAME, run(Character::isJavaIdentifierPart)));
      } else {
        tokens.add(new Token(Kind.PUNCT, punct()));
      }
    }
  }

  private String punct() {
    for (String p : List.of("...", "=>", "?.", "??")) {
      if (src.startsWith(p, i)) {
        i += p.length();
        return p;
      }
    }
    return String.valueOf(src.charAt(i++));
  }

  private void skipSpaceAndComments() {
    while (i < src.length()) {
      char c = src.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (src.startsWith("//", i)) {
        int nl = src.indexOf('\n', i);
        i = nl < 0 ? src.length() : nl + 1;
      } else if (src.startsWith("/*", i)) {
        int end = src.indexOf("*/", i + 2);
        if (end < 0) {
          throw new IllegalStateException("comment never closed");
        }
        i = end + 2;
      } else {
        return;
      }
    }
  }

  private String quoted(char quote) {
    StringBuilder s = new StringBuilder();
    for (i++; i < src.length(); i++) {
      char c = src.charAt(i);
      if (c == quote) {
        i++;
        return s.toString();
      }
      if (c == '\\' && i + 1 < src.length()) {
        i++;
        char e = src.charAt(i);
        s.append(switch (e) {
          case 'n' -> '\n';
          case 't' -> '\t';
          default -> e;
        });
      } else if (c == '\n') {
        break;
      } else {
        s.append(c);
      }
    }
    throw new IllegalStateException("string never closed");
  }

  /** A template literal: a string if it has no {@code ${…}}, else one opaque token. */
  private Token template() {
    int start = i;
    StringBuilder s = new StringBuilder();
    boolean literal = true;
    int depth = 0;
    for (i++; i < src.length(); i++) {
      char c = src.charAt(i);
      if (depth == 0 && c == '`') {
        i++;
        return literal ? new Token(Kind.STRING, s.toString())
            : new Token(Kind.TEMPLATE, src.substring(start, i));
      }
      if (c == '\\' && i + 1 < src.length()) {
        s.append(src.charAt(++i));
      } else if (depth == 0 && src.startsWith("${", i)) {
        literal = false;
        depth = 1;
        i++;
      } else if (depth > 0 && c == '{') {
        depth++;
      } else if (depth > 0 && c == '}') {
        depth--;
      } else if (depth == 0) {
        s.append(c);
      }
    }
    throw new IllegalStateException("template never closed");
  }

  private String run(java.util.function.IntPredicate part) {
    int start = i;
    while (i < src.length() && part.test(src.charAt(i))) {
      i++;
    }
    return src.substring(start, i);
  }
}
