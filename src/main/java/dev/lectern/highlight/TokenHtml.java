package dev.lectern.highlight;

import java.util.List;

/**
 * Writes highlight trees as Prism.js does: {@code <span class="token TYPE ALIAS">}, text escaped;
 * like Prism's markup component, {@code entity} tokens carry a {@code title}.
 */
final class TokenHtml {
  private TokenHtml() {}

  static String render(List<HlNode> nodes) {
    StringBuilder out = new StringBuilder();
    render(nodes, out);
    return out.toString();
  }

  private static void render(List<HlNode> nodes, StringBuilder out) {
    for (HlNode node : nodes) {
      if (node instanceof HlNode.Text t) {
        escape(t.text(), out);
      } else if (node instanceof HlNode.Token t) {
        out.append("<span class=\"token ").append(t.type());
        if (!t.alias().isEmpty()) {
          out.append(' ').append(t.alias());
        }
        out.append('"');
        if (t.type().equals("entity")) {
          // As Prism: the raw entity text, so the tooltip shows the character it stands for.
          String title = escape(HlNode.plainText(t.children())).replaceFirst("&amp;", "&");
          out.append(" title=\"").append(title).append('"');
        }
        out.append('>');
        render(t.children(), out);
        out.append("</span>");
      }
    }
  }

  /** Escapes {@code & < > "} as commonmark-java does for code. */
  static void escape(CharSequence s, StringBuilder out) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
  }

  static String escape(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    escape(s, out);
    return out.toString();
  }
}
