package dev.lectern.markdown.html;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.commonmark.node.Link;

/**
 * A raw {@code <a href>} kept by the sanitiser, as a link node: its {@code href} is resolved and
 * checked like a Markdown link's; its other allowed attributes (id, class…) are added when it
 * is rendered.
 */
public final class RawLink extends Link {
  private final Map<String, String> attributes;

  /** @param attributes the allowed attributes other than href and title */
  public RawLink(String href, String title, Map<String, String> attributes) {
    super(href, title);
    this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
  }

  public Map<String, String> attributes() {
    return attributes;
  }
}
