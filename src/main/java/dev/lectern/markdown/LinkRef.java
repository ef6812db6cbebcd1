package dev.lectern.markdown;

import dev.lectern.diagnostic.SourcePosition;

/**
 * A link or image of a parsed page, as written: its destination and where it stands in the page's
 * file. The {@code n}-th link of a page is its document's {@code n}-th link node
 * ({@link ParsedMarkdown#linkNodes()}).
 */
public record LinkRef(boolean image, String destination, SourcePosition position) {}
