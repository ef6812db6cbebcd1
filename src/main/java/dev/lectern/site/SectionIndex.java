package dev.lectern.site;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Each page's section and each section's parent, by identity, so that navigation and
 * breadcrumbs cost a lookup per page instead of a search of the whole tree (which made rendering
 * quadratic in the number of pages).
 */
final class SectionIndex {
  private final Section root;
  private final Map<Page, Section> sectionOf = new IdentityHashMap<>();
  private final Map<Section, Section> parentOf = new IdentityHashMap<>();

  SectionIndex(Section root) {
    this.root = root;
    index(root, null);
  }

  private void index(Section section, Section parent) {
    if (parent != null) {
      parentOf.put(section, parent);
    }
    sectionOf.putIfAbsent(section.landing(), section);
    for (Page p : section.pages()) {
      sectionOf.putIfAbsent(p, section);
    }
    for (Section s : section.sections()) {
      index(s, section);
    }
  }

  /** The section a page is the landing of, or lists; the root for pages in no section. */
  Section sectionOf(Page page) {
    return sectionOf.getOrDefault(page, root);
  }

  /** The page's section and every section above it, by identity. */
  Set<Section> sectionsAround(Page page) {
    Set<Section> around = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Section s = sectionOf.get(page); s != null; s = parentOf.get(s)) {
      around.add(s);
    }
    return around;
  }

  /** The landing pages from home down to the page's parent, for breadcrumbs; empty for home. */
  List<Page> ancestors(Page page) {
    Section own = sectionOf.get(page);
    if (own == null) {
      return List.of();
    }
    List<Page> chain = new ArrayList<>();
    // A section's landing page sits below the section above it; a chapter below its section.
    Section start = own.landing() == page ? parentOf.get(own) : own;
    for (Section s = start; s != null; s = parentOf.get(s)) {
      chain.add(0, s.landing());
    }
    return List.copyOf(chain);
  }
}
