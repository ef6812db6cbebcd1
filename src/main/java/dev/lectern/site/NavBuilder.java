package dev.lectern.site;

import dev.lectern.config.NavConfig;
import dev.lectern.config.NavConfig.Item;
import dev.lectern.config.NavConfig.LinkItem;
import dev.lectern.config.NavConfig.PageItem;
import dev.lectern.config.NavConfig.SectionItem;
import dev.lectern.content.ContentPaths;
import dev.lectern.content.PageKind;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.diagnostic.LinkReports;
import dev.lectern.diagnostic.Suggestions;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the site's {@link Navigation}: from its folders (pages directly in the content folder,
 * then each folder with its pages and sub-folders, in order), or from the configuration's
 * {@code nav}. In a {@code nav}, a section whose first entry is a folder's landing page
 * ({@code index.md}) leads to that page; pages the {@code nav} leaves out are still built, and
 * one warning counts them.
 */
final class NavBuilder {
  private static final int NAMED = 5;

  private NavBuilder() {}

  /** The navigation of the folders below {@code root}; unlisted pages are left out. */
  static Navigation fromSections(Section root) {
    List<NavNode> top = new ArrayList<>();
    root.pages().stream().filter(NavBuilder::listed)
        .forEach(p -> top.add(NavNode.of(p, p.meta().navTitle())));
    root.sections().stream().filter(s -> listed(s.landing()))
        .forEach(s -> top.add(group(s)));
    return new Navigation(top, false);
  }

  private static NavNode group(Section s) {
    List<NavNode> children = new ArrayList<>();
    s.pages().stream().filter(NavBuilder::listed)
        .forEach(p -> children.add(NavNode.of(p, p.meta().navTitle())));
    s.sections().stream().filter(sub -> listed(sub.landing()))
        .forEach(sub -> children.add(group(sub)));
    return new NavNode(s.navTitle(), Optional.of(s.landing()), Optional.empty(),
        List.copyOf(children), s.expanded());
  }

  private static boolean listed(Page page) {
    return !page.meta().options().unlisted();
  }

  /** The navigation the configuration writes; entries naming no page are reported. */
  static Navigation fromConfig(NavConfig nav, Targets targets, Collection<Page> pages,
      Set<String> unreadable, LinkReports reports, Diagnostics out) {
    Navigation navigation = new Navigation(nodes(nav.items(), targets, unreadable, reports, out),
        true);
    reportLeftOut(nav, pages, navigation, out);
    return navigation;
  }

  private static List<NavNode> nodes(List<Item> items, Targets targets, Set<String> unreadable,
      LinkReports reports, Diagnostics out) {
    List<NavNode> nodes = new ArrayList<>();
    for (Item item : items) {
      if (item instanceof LinkItem link) {
        nodes.add(new NavNode(link.title(), Optional.empty(), Optional.of(link.url()),
            List.of(), false));
      } else if (item instanceof PageItem page) {
        page(page, targets, unreadable, reports, out).ifPresent(nodes::add);
      } else if (item instanceof SectionItem section) {
        nodes.add(section(section, nodes(section.items(), targets, unreadable, reports, out)));
      }
    }
    return List.copyOf(nodes);
  }

  private static Optional<NavNode> page(PageItem item, Targets targets, Set<String> unreadable,
      LinkReports reports, Diagnostics out) {
    String path = ContentPaths.normalize("", item.path()).orElse(item.path());
    Optional<Page> page = targets.rootAbsolute("/" + path).target()
        .flatMap(Targets.Target::page);
    if (page.isPresent()) {
      return Optional.of(NavNode.of(page.get(), item.title().orElse(page.get().meta()
          .navTitle())));
    }
    if (targets.markdownFile(path).filter(unreadable::contains).isEmpty()) {
      reports.report(out, item.position(), "the nav entry '" + item.path() + "' names no page",
          Suggestions.closest(path, targets.known()).map(s -> "did you mean '" + s + "'?")
              .orElse("nav paths are relative to the content folder, e.g. guide/install.md"));
    }
    return Optional.empty();
  }

  /** A section; when its first entry is a folder's landing page, the section leads there. */
  private static NavNode section(SectionItem item, List<NavNode> children) {
    if (!children.isEmpty()) {
      NavNode first = children.get(0);
      if (first.children().isEmpty() && first.page().isPresent()
          && PageKind.isLanding(first.page().get().contentPath())) {
        return new NavNode(item.title(), first.page(), Optional.empty(),
            children.subList(1, children.size()), false);
      }
    }
    return new NavNode(item.title(), Optional.empty(), Optional.empty(), children, false);
  }

  /** One warning for every page that is built but not in the navigation. */
  private static void reportLeftOut(NavConfig nav, Collection<Page> pages,
      Navigation navigation, Diagnostics out) {
    List<PathMatcher> quiet = nav.notInNav().stream().flatMap(NavBuilder::matchers).toList();
    List<String> left = pages.stream()
        .filter(p -> !p.generated() && !p.meta().options().unlisted() && !navigation.contains(p))
        .map(Page::contentPath)
        .filter(path -> quiet.stream().noneMatch(m -> m.matches(Path.of(path))))
        .sorted().toList();
    if (left.isEmpty()) {
      return;
    }
    String named = String.join(", ", left.subList(0, Math.min(NAMED, left.size())))
        + (left.size() > NAMED ? " and " + (left.size() - NAMED) + " more" : "");
    out.warning(nav.position(), left.size() + (left.size() == 1 ? " page is" : " pages are")
        + " not in the nav: " + named, "they are built and reachable by links, but the "
        + "sidebar does not list them; add them to nav, or to not_in_nav");
  }

  /** A gitignore-like pattern as globs: anchored with a leading '/', a folder with a trailing one. */
  private static java.util.stream.Stream<PathMatcher> matchers(String pattern) {
    String p = pattern.strip();
    boolean anchored = p.startsWith("/");
    p = p.replaceAll("^/+", "");
    if (p.endsWith("/")) {
      p = p + "**";
    }
    List<String> globs = new ArrayList<>(List.of(p));
    if (!anchored) {
      globs.add("**/" + p);
    }
    return globs.stream().map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g));
  }
}
