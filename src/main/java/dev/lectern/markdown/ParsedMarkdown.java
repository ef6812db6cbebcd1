package dev.lectern.markdown;

import dev.lectern.content.SourcePage;
import dev.lectern.memo.Fingerprint;
import dev.lectern.memo.Fingerprinted;
import java.util.List;
import org.commonmark.node.Document;

/**
 * A page's Markdown parsed into a commonmark document: a value. Nothing changes the document
 * after the parse stage; everything later stages need from it is extracted here.
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
public record ParsedMarkdown(SourcePage source, Document document, List<TocEntry> headings,
    int words, String summary, List<LinkRef> links, PageData data,
    java.util.Optional<TitleHeading> title, Fingerprint fingerprint)
    implements Fingerprinted {

  public <T> java.util.Optional<T> data(dev.lectern.api.DataKey<T> key) {
    return data.get(key);
  }
}
