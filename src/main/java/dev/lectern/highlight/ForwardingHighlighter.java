package dev.lectern.highlight;

import java.util.List;
import java.util.Optional;

/** A highlighter that adds something around another one: languages are the other one's. */
abstract class ForwardingHighlighter implements Highlighter {
  protected final Highlighter inner;

  ForwardingHighlighter(Highlighter inner) {
    this.inner = inner;
  }

  @Override
  public Optional<String> language(String tag) {
    return inner.language(tag);
  }

  @Override
  public List<String> knownTags() {
    return inner.knownTags();
  }
}
