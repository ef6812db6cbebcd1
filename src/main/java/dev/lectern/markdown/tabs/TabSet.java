package dev.lectern.markdown.tabs;

import org.commonmark.node.CustomBlock;

/**
 * A set of content tabs, whatever its dialect: its children are {@link TabPanel}s. The group
 * names the set for the script that links tabs across the page ({@code groupId} or
 * {@code syncKey} where the author gave one, else the labels).
 */
public final class TabSet extends CustomBlock {
  private String group;
  private boolean closed = true;

  public TabSet(String group) {
    this.group = group;
  }

  public String group() {
    return group;
  }

  void setGroup(String group) {
    this.group = group;
  }

  /** False for a {@code <Tabs>} whose {@code </Tabs>} never came. */
  public boolean isClosed() {
    return closed;
  }

  void markUnclosed() {
    closed = false;
  }
}
