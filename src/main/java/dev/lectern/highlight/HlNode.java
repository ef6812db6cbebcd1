package dev.lectern.highlight;

import java.util.List;

/** Highlighted code as a tree: plain text, and tokens with Prism.js classes around their content. */
public sealed interface HlNode {

  /** Unclassified text. */
  record Text(String text) implements HlNode {}

  /**
   * A token: {@code type} and {@code alias} become the classes {@code token TYPE ALIAS}, exactly as
   * Prism.js writes them; alias may hold several space-separated names, or be empty.
   */
  record Token(String type, String alias, List<HlNode> children) implements HlNode {}
}
