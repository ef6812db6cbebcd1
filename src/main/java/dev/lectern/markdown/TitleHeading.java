package dev.lectern.markdown;

import dev.lectern.diagnostic.SourcePosition;
import org.commonmark.node.Heading;

/**
 * A page's title heading: its leading {@code # heading}, taken out of the body and shown as the
 * page's h1. Its text is the page's title when front matter gives none.
 *
 * @param text the heading's plain text
 * @param id the heading's id (links to it keep working)
 * @param node the heading, no longer in the page's document, for rendering its inline content
 * @param position where it was written
 */
public record TitleHeading(String text, String id, Heading node, SourcePosition position) {}
