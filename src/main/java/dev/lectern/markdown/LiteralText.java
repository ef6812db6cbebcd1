package dev.lectern.markdown;

/**
 * A block whose text is a literal rather than child nodes (a code block): plain-text readings
 * that include code use {@link #literal()}.
 */
public interface LiteralText {
  String literal();
}
