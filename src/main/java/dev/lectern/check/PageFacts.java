package dev.lectern.check;

import dev.lectern.diagnostic.SourcePosition;
import dev.lectern.memo.Digester;
import dev.lectern.memo.Fingerprint;
import java.util.List;
import java.util.Set;

/**
 * What the checks across pages need to know of one output page.
 *
 * @param outputFile the page's file below the output root
 * @param ids every {@code id} (and {@code <a name>}) on the page, for {@code #fragment} checks
 * @param idsFingerprint the fingerprint of {@code ids}, made once with them: every build's link
 *     checks digest every page's ids
 * @param links every URL the page refers to, in document order
 */
record PageFacts(String outputFile, SourcePosition source, String title, List<String> questions,
    Set<String> ids, Fingerprint idsFingerprint, List<PageLink> links) {

  PageFacts(String outputFile, SourcePosition source, String title, List<String> questions,
      Set<String> ids, List<PageLink> links) {
    this(outputFile, source, title, questions, ids, Digester.of("ids", ids), links);
  }

  /**
   * A URL in a page's markup.
   *
   * @param where the element and attribute, e.g. {@code a href}
   * @param inContent true if it sits in the page's rendered Markdown (its {@code .content})
   */
  record PageLink(String url, String where, boolean inContent) {}
}
