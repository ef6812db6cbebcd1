package dev.lectern.pipeline;

import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.diagnostic.LinkReports;
import dev.lectern.site.LinkResolver;
import dev.lectern.site.Page;
import dev.lectern.site.PageLinks;
import dev.lectern.site.SiteAssembler.Assembled;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Part of the assemble stage: where every page's links point, as values per page. */
final class LinkStage {
  private LinkStage() {}

  /** Each page's resolved links by content path; links to nothing go to {@code out}. */
  static Map<String, PageLinks> resolveAll(Assembled assembled, LinkReports reports,
      Diagnostics out) {
    LinkResolver resolver = new LinkResolver(assembled.site(), reports);
    Map<String, PageLinks> links = new ConcurrentHashMap<>();
    assembled.documents().values().parallelStream().forEach(parsed ->
        links.put(parsed.source().contentPath(), resolver.resolve(parsed, out)));
    return links;
  }

  /** The URLs of unbuilt pages that pages link to, which the check stage leaves alone. */
  static java.util.Set<String> unchecked(Map<String, PageLinks> links) {
    java.util.Set<String> all = new java.util.TreeSet<>();
    links.values().forEach(l -> all.addAll(l.unchecked()));
    return all;
  }

  /** Where each page's links were written, by output file, for the check stage. */
  static Map<String, List<PageLinks.Origin>> origins(Assembled assembled,
      Map<String, PageLinks> links) {
    Map<String, List<PageLinks.Origin>> origins = new TreeMap<>();
    for (Page page : assembled.site().pages().values()) {
      origins.put(page.outputFile(),
          links.getOrDefault(page.contentPath(), PageLinks.NONE).origins());
    }
    return origins;
  }
}
