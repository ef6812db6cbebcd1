package dev.lectern.markdown.inline;

import java.util.List;
import org.commonmark.node.CustomNode;

/** A key combination ({@code ++ctrl+alt+del++}): each key's CSS name and visible label. */
public final class Keys extends CustomNode {
  /** One key: {@code ctrl} shown as "Ctrl". */
  public record Key(String name, String label) {}

  private final List<Key> keys;

  public Keys(List<Key> keys) {
    this.keys = List.copyOf(keys);
  }

  public List<Key> keys() {
    return keys;
  }
}
