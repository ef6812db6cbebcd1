package dev.lectern.markdown.html;

import org.commonmark.node.Image;

/**
 * A URL in an attribute of a kept element other than an image's {@code src} or a link's
 * {@code href} ({@code <video src>}, {@code <source srcset>}), as a child of the element's node.
 * It is an image node so that the URL is resolved and checked like a Markdown image's; the
 * element's renderer writes the resolved URL into the attribute, and the node itself renders as
 * nothing.
 *
 * <p>A {@code srcset} has one such node per candidate, with the candidate's descriptor
 * ({@code 2x}, {@code 480w}).
 */
public final class UrlAttribute extends Image {
  private final String attribute;
  private final String descriptor;

  public UrlAttribute(String attribute, String url, String descriptor) {
    super(url, null);
    this.attribute = attribute;
    this.descriptor = descriptor;
  }

  /** The attribute's name ({@code src}, {@code poster}, {@code srcset}). */
  public String attribute() {
    return attribute;
  }

  /** A srcset candidate's descriptor ({@code 2x}), "" if none. */
  public String descriptor() {
    return descriptor;
  }
}
