package dev.lectern.markdown.inline;

import org.commonmark.node.Node;
import org.commonmark.node.Nodes;
import org.commonmark.node.SourceSpans;
import org.commonmark.node.Text;
import org.commonmark.parser.delimiter.DelimiterProcessor;
import org.commonmark.parser.delimiter.DelimiterRun;

/**
 * A delimiter pair that wraps text in an {@link InlineFormat}: {@code ==mark==},
 * {@code ^^insert^^}, {@code ^sup^}, {@code ~sub~}. Runs must have exactly the format's length on
 * both sides; sub- and superscripts, as in pymdownx, hold no spaces ({@code H~2~O},
 * {@code x^2^}).
 */
final class FormatDelimiters implements DelimiterProcessor {
  private final char delimiter;
  private final int length;
  private final InlineFormat.Kind kind;
  private final boolean noSpaces;

  FormatDelimiters(char delimiter, int length, InlineFormat.Kind kind, boolean noSpaces) {
    this.delimiter = delimiter;
    this.length = length;
    this.kind = kind;
    this.noSpaces = noSpaces;
  }

  @Override
  public char getOpeningCharacter() {
    return delimiter;
  }

  @Override
  public char getClosingCharacter() {
    return delimiter;
  }

  @Override
  public int getMinLength() {
    return length;
  }

  @Override
  public int process(DelimiterRun opening, DelimiterRun closing) {
    if (opening.length() != length || closing.length() != length) {
      return 0;
    }
    Text opener = opening.getOpener();
    if (noSpaces) {
      for (Node n : Nodes.between(opener, closing.getCloser())) {
        if (!(n instanceof Text t) || t.getLiteral().isEmpty() || t.getLiteral().contains(" ")
            || t.getLiteral().contains("\t")) {
          return 0;
        }
      }
    }
    InlineFormat format = new InlineFormat(kind);
    SourceSpans spans = new SourceSpans();
    spans.addAllFrom(opening.getOpeners(length));
    for (Node n : Nodes.between(opener, closing.getCloser())) {
      format.appendChild(n);
      spans.addAll(n.getSourceSpans());
    }
    spans.addAllFrom(closing.getClosers(length));
    format.setSourceSpans(spans.getSourceSpans());
    opener.insertAfter(format);
    return length;
  }
}
