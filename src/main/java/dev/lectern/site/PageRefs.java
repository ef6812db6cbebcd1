package dev.lectern.site;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The site's structures as the site's fingerprint digests them: each page of the site by its
 * content path, as the site's page map (digested in full once) holds it. The section tree, the
 * navigation and the reading order name every page again; digesting each page whole in each of
 * them cost a warm rebuild of 1,000 chapters a tenth of its time.
 */
final class PageRefs {
  /** A page of the site's page map, named. */
  record PageRef(String contentPath) {}

  /** A section, its pages named. */
  record SectionShape(Object landing, List<Object> pages, List<SectionShape> sections,
      Optional<String> label, boolean expanded) {}

  /** A navigation entry, its page named. */
  record NavShape(String title, Optional<Object> page, Optional<String> link,
      List<NavShape> children, boolean expanded) {}

  private final Map<String, Page> pages;

  PageRefs(Map<String, Page> pages) {
    this.pages = pages;
  }

  /**
   * The page's name if it is the very page the map holds at its content path (so the map's
   * digest covers it), else the page itself, digested whole.
   */
  Object ref(Page page) {
    return pages.get(page.contentPath()) == page ? new PageRef(page.contentPath()) : page;
  }

  List<Object> refs(List<Page> list) {
    return list.stream().map(this::ref).toList();
  }

  SectionShape section(Section s) {
    return new SectionShape(ref(s.landing()), refs(s.pages()),
        s.sections().stream().map(this::section).toList(), s.label(), s.expanded());
  }

  List<NavShape> nav(List<NavNode> nodes) {
    return nodes.stream().map(n -> new NavShape(n.title(), n.page().map(this::ref), n.link(),
        nav(n.children()), n.expanded())).toList();
  }
}
