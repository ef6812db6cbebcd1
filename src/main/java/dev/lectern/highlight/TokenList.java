package dev.lectern.highlight;

import io.noties.prism4j.Prism4j;
import java.util.ArrayList;
import java.util.List;

/**
 * The doubly linked list Prism.js tokenizes into: text entries are split around matches, which
 * become token entries. Text entries are positions in the window being tokenized; nothing is
 * copied until the list is turned into {@link HlNode}s.
 */
final class TokenList {
  /** An entry: text {@code [start, start + length)} of the window, or a token (non-null type). */
  static final class Entry {
    final int start;
    final int length;
    final Prism4j.Token type;
    final String alias;
    final List<HlNode> children;
    final boolean greedy;
    Entry prev;
    Entry next;

    Entry(int start, int length, Prism4j.Token type, String alias, List<HlNode> children,
        boolean greedy) {
      this.start = start;
      this.length = length;
      this.type = type;
      this.alias = alias;
      this.children = children;
      this.greedy = greedy;
    }

    boolean isToken() {
      return type != null;
    }
  }

  final Entry head = new Entry(0, 0, null, null, null, false);
  final Entry tail = new Entry(0, 0, null, null, null, false);
  int size;

  TokenList(int textLength) {
    head.next = tail;
    tail.prev = head;
    addAfter(head, text(0, textLength));
  }

  static Entry text(int start, int length) {
    return new Entry(start, length, null, null, null, false);
  }

  Entry addAfter(Entry node, Entry entry) {
    Entry next = node.next;
    entry.prev = node;
    entry.next = next;
    node.next = entry;
    next.prev = entry;
    size++;
    return entry;
  }

  void removeRange(Entry node, int count) {
    Entry next = node.next;
    int i = 0;
    for (; i < count && next != tail; i++) {
      next = next.next;
    }
    node.next = next;
    next.prev = node;
    size -= i;
  }

  /** The entries as highlight nodes; text is taken from {@code window}. */
  List<HlNode> toNodes(BudgetedText window) {
    List<HlNode> out = new ArrayList<>(size);
    for (Entry e = head.next; e != tail; e = e.next) {
      if (e.isToken()) {
        out.add(new HlNode.Token(e.type.name(), e.alias == null ? "" : e.alias, e.children));
      } else if (e.length > 0) {
        out.add(new HlNode.Text(window.text(e.start, e.start + e.length)));
      }
    }
    return out;
  }
}
