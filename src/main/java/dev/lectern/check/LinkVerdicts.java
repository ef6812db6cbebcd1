package dev.lectern.check;

import java.util.List;

/** A page's broken links, each with its problem. */
record LinkVerdicts(List<Broken> broken) {

  /** A link and what is wrong with it. */
  record Broken(PageFacts.PageLink link, String message, String hint) {}
}
