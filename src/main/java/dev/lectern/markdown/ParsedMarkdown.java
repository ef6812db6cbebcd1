package dev.lectern.markdown;

import dev.lectern.content.SourcePage;
import java.util.List;
import org.commonmark.node.Node;

/**
 * A page's Markdown parsed into a commonmark document. The document is owned by this page: the
 * render stage rewrites its links in place, on the one thread that renders the page.
 *
 * @param headings every heading, in document order, with its id
 * @param words the number of words of prose and code, for reading time
 * @param summary the plain text of the page's first paragraph, for descriptions
 * @param faqQuestions the questions of the page's FAQ blocks, in order
 * @param links the document's links and images, in document order: the render and check stages
 *     visit them on every build, and walking each document to find them was most of a rebuild
 */
public record ParsedMarkdown(SourcePage source, Node document, List<TocEntry> headings, int words,
    String summary, List<String> faqQuestions, List<Node> links) {}
