package dev.lectern.markdown.math;

/** Math as written: its TeX, and whether it is displayed on a line of its own. */
public interface MathNode {
  String tex();

  boolean display();

  /** True for the page's first math, which loads KaTeX and the script that uses it. */
  boolean first();
}
