package dev.lectern.markdown.tabs;

import org.commonmark.node.CustomBlock;

/**
 * One tab of a {@link TabSet}: its label, and its content as children (after an optional
 * {@link TabLabel} holding the label's inline Markdown). The page processor gives it its id and
 * the level of its label heading.
 */
public final class TabPanel extends CustomBlock {
  private String label;
  private final boolean selected;
  private final boolean startsGroup;
  private String id = "";
  private int level = 2;
  private boolean closed = true;

  /**
   * @param label the label as plain text
   * @param selected whether the author marked the tab as the one shown first
   * @param startsGroup whether the tab starts a new tab set even right after another tab
   */
  public TabPanel(String label, boolean selected, boolean startsGroup) {
    this.label = label;
    this.selected = selected;
    this.startsGroup = startsGroup;
  }

  public String label() {
    return label;
  }

  void setLabel(String label) {
    this.label = label;
  }

  public boolean selected() {
    return selected;
  }

  public boolean startsGroup() {
    return startsGroup;
  }

  /** The panel's id, unique on the page; its label heading's id adds {@code -label}. */
  public String id() {
    return id;
  }

  /** The level of the label's heading (2–6), one below the heading the tabs belong to. */
  public int level() {
    return level;
  }

  void place(String id, int level) {
    this.id = id;
    this.level = level;
  }

  /** False for a {@code <TabItem>} whose {@code </TabItem>} never came. */
  public boolean isClosed() {
    return closed;
  }

  void markUnclosed() {
    closed = false;
  }
}
