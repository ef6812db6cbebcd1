package dev.lectern.markdown;

import org.commonmark.node.CustomNode;

/**
 * Carries a heading's id, text and level as the heading's last child, so the id travels with the
 * shared, stateless renderer. It renders nothing itself; {@link LecternAttributes} reads it.
 */
public final class HeadingId extends CustomNode {
  private final String id;
  private final String text;
  private final boolean explicit;
  private final int level;
  private final String tocText;

  public HeadingId(String id, String text, boolean explicit, int level) {
    this(id, text, explicit, level, text);
  }

  /** @param tocText how the table of contents names the heading ({@code data-toc-label}) */
  public HeadingId(String id, String text, boolean explicit, int level, String tocText) {
    this.id = id;
    this.text = text;
    this.explicit = explicit;
    this.level = level;
    this.tocText = tocText;
  }

  /** The level of the heading this id belongs to (1–6). */
  public int level() {
    return level;
  }

  public String id() {
    return id;
  }

  /** The heading's plain text. */
  public String text() {
    return text;
  }

  /** The heading's name in the table of contents: its text, or a shorter label. */
  public String tocText() {
    return tocText;
  }

  /** True when the author wrote {@code {#id}}. */
  public boolean explicit() {
    return explicit;
  }
}
