package dev.lectern.markdown;

import dev.lectern.diagnostic.SourcePosition;
import org.commonmark.node.Node;

/**
 * A link or image of a parsed page, as written: the node (looked up by identity when the page is
 * rendered), its destination and where it stands in the page's file.
 */
public record LinkRef(Node node, boolean image, String destination, SourcePosition position) {}
