package dev.lectern.markdown.code;

import dev.lectern.markdown.LiteralText;
import org.commonmark.node.CustomBlock;

/**
 * A fenced or indented code block: what its info string asked for, the canonical language
 * ({@code text} when plain or unknown), the code and its number of lines. It is highlighted when
 * its page is rendered; the HTML belongs to that render only.
 */
public final class CodeBlock extends CustomBlock implements LiteralText {
  private final CodeInfo info;
  private final String language;
  private final String code;
  private final int lines;

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

  @Override
  public String literal() {
    return code;
  }

  public int lines() {
    return lines;
  }
}
