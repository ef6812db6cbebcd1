package dev.lectern.markdown.code;

import org.commonmark.node.CustomBlock;

/**
 * A fenced or indented code block after highlighting: what its info string asked for, the
 * canonical language ({@code text} when plain or unknown), the highlighted inner HTML and the
 * number of lines.
 */
public final class CodeBlock extends CustomBlock {
  private final CodeInfo info;
  private final String language;
  private final String html;
  private final int lines;

  public CodeBlock(CodeInfo info, String language, String html, int lines) {
    this.info = info;
    this.language = language;
    this.html = html;
    this.lines = lines;
  }

  public CodeInfo info() {
    return info;
  }

  public String language() {
    return language;
  }

  public String html() {
    return html;
  }

  public int lines() {
    return lines;
  }
}
