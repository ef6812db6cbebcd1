package dev.lectern.check;

import java.util.List;

/**
 * A page's broken links, each with its problem, and the links whose verdict may change with the
 * search index's files, which are checked again in every build.
 */
record LinkVerdicts(List<Broken> broken, List<PageFacts.PageLink> recheck) {

  /** A link and what is wrong with it. */
  record Broken(PageFacts.PageLink link, String message, String hint) {}
}
