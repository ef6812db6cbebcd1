package dev.lectern.markdown.html;

import org.commonmark.node.Link;

/**
 * The {@code href} of a raw {@code <a>} that holds blocks ({@code <a href="guide.md"><div
 * class="card">…</div></a>}), as a child of the element's block node. It is a link node so that
 * the URL is resolved and checked like a Markdown link's; the element's renderer writes the
 * resolved URL into the attribute, and the node itself renders as nothing.
 */
public final class LinkAttribute extends Link {
  public LinkAttribute(String href) {
    super(href, null);
  }
}
