package dev.lectern.markdown.html;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.commonmark.node.CustomBlock;

/**
 * A block element of raw HTML ({@code <details>}, {@code <div>}, {@code <table>}) kept by the
 * sanitiser; its children are the HTML and the Markdown blocks written between its tags.
 */
public final class HtmlElementBlock extends CustomBlock implements RawElement {
  private final String tag;
  private final Map<String, String> attributes;

  public HtmlElementBlock(String tag, Map<String, String> attributes) {
    this.tag = tag;
    this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
  }

  @Override
  public String tag() {
    return tag;
  }

  @Override
  public Map<String, String> attributes() {
    return attributes;
  }
}
