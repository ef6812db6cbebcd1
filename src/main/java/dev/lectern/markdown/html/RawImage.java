package dev.lectern.markdown.html;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.commonmark.node.Image;

/**
 * A raw {@code <img>} kept by the sanitiser, as an image node: its {@code src} is resolved and
 * checked like a Markdown image's; its other allowed attributes (size, class…) are added when it
 * is rendered.
 */
public final class RawImage extends Image {
  private final Map<String, String> attributes;

  /** @param attributes the allowed attributes other than src, alt and title */
  public RawImage(String src, String title, Map<String, String> attributes) {
    super(src, title);
    this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
  }

  public Map<String, String> attributes() {
    return attributes;
  }
}
