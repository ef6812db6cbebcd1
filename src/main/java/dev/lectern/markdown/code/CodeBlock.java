package dev.lectern.markdown.code;

import org.commonmark.node.CustomBlock;

/**
 * A fenced or indented code block: what its info string asked for, the canonical language
 * ({@code text} when plain or unknown), the code and its number of lines. The highlighted HTML is
 * made when the page is rendered and let go after it (see {@link CodeHighlighting}): a large
 * site's documents all stay in memory until the last page is rendered, and the highlighted HTML
 * of every block was most of their size.
 */
public final class CodeBlock extends CustomBlock {
  private final CodeInfo info;
  private final String language;
  private final String code;
  private final int lines;
  private String html;

  public CodeBlock(CodeInfo info, String language, String code, int lines) {
    this.info = info;
    this.language = language;
    this.code = code;
    this.lines = lines;
  }

  public CodeInfo info() {
    return info;
  }

  public String language() {
    return language;
  }

  public String code() {
    return code;
  }

  /** The highlighted inner HTML; set while the page is rendered. */
  public String html() {
    if (html == null) {
      throw new IllegalStateException("code block rendered before it was highlighted");
    }
    return html;
  }

  boolean isHighlighted() {
    return html != null;
  }

  void setHtml(String html) {
    this.html = html;
  }

  public int lines() {
    return lines;
  }
}
