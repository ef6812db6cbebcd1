package dev.lectern.highlight;

import java.util.List;

/** Highlighted code as a tree: plain text, and tokens with Prism.js classes around their content. */
public sealed interface HlNode {

  /** The text of {@code nodes} without any markup. */
  static String plainText(List<HlNode> nodes) {
    StringBuilder s = new StringBuilder();
    for (HlNode n : nodes) {
      if (n instanceof Text t) {
        s.append(t.text());
      } else if (n instanceof Token t) {
        s.append(plainText(t.children()));
      }
    }
    return s.toString();
  }

  /** Unclassified text. */
  record Text(String text) implements HlNode {}

  /**
   * A token: {@code type} and {@code alias} become the classes {@code token TYPE ALIAS}, exactly as
   * Prism.js writes them; alias may hold several space-separated names, or be empty.
   */
  record Token(String type, String alias, List<HlNode> children) implements HlNode {}
}
