package dev.lectern.markdown;

import dev.lectern.diagnostic.SourcePosition;

/**
 * A page's title heading: its leading {@code # heading}, taken out of the body and shown as the
 * page's h1. Its text is the page's title when front matter gives none; its node is the parsed
 * page's {@link ParsedMarkdown#titleNode()}.
 *
 * @param text the heading's plain text
 * @param id the heading's id (links to it keep working)
 * @param position where it was written
 */
public record TitleHeading(String text, String id, SourcePosition position) {}
