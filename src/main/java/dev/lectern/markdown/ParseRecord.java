package dev.lectern.markdown;

import dev.lectern.content.SourcePage;
import dev.lectern.memo.Fingerprint;
import java.util.List;
import java.util.Optional;

/**
 * Everything the stages after parsing need from a parsed page except its syntax tree: a value
 * that can be kept on disk, so that a later build knows the page without parsing it again.
 *
 * @param headings every heading, in document order, with its id
 * @param words the number of words of prose and code, for reading time
 * @param summary the plain text of the page's first paragraph, for descriptions
 * @param links the document's links and images, in document order, with their positions
 * @param data what page processors recorded about the page
 * @param title the page's leading {@code # heading}, taken out of the document
 * @param fingerprint the fingerprint of everything the parse was made from (the page's source,
 *     the Markdown options, the extensions and the files the page included)
 */
public record ParseRecord(SourcePage source, List<TocEntry> headings, int words, String summary,
    List<LinkRef> links, PageData data, Optional<TitleHeading> title, Fingerprint fingerprint) {}
