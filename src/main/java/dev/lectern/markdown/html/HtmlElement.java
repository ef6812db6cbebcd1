package dev.lectern.markdown.html;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.commonmark.node.CustomNode;

/**
 * An inline element of raw HTML ({@code <sup>}, {@code <kbd>}) kept by the sanitiser; its
 * children are the Markdown or text written between its tags.
 */
public final class HtmlElement extends CustomNode implements RawElement {
  private final String tag;
  private final Map<String, String> attributes;

  public HtmlElement(String tag, Map<String, String> attributes) {
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
