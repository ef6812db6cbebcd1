package dev.lectern.site;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The site's navigation, from its folders or from the {@code nav} of its configuration, and what
 * follows from it: which entries are open on a page, and the trail of entries above a page.
 */
public final class Navigation {
  private final List<NavNode> top;
  private final boolean configured;
  private final Map<Page, List<NavNode>> paths = new IdentityHashMap<>();
  private final Map<Page, String> titles = new IdentityHashMap<>();

  /**
   * @param configured true if the configuration wrote it (then it also gives the reading order
   *     and the breadcrumbs)
   */
  Navigation(List<NavNode> top, boolean configured) {
    this.top = List.copyOf(top);
    this.configured = configured;
    index(this.top, new ArrayList<>());
  }

  private void index(List<NavNode> nodes, List<NavNode> above) {
    for (NavNode node : nodes) {
      above.add(node);
      node.page().ifPresent(p -> {
        paths.putIfAbsent(p, List.copyOf(above));
        titles.putIfAbsent(p, node.title());
      });
      index(node.children(), above);
      above.remove(above.size() - 1);
    }
  }

  /** The top-level entries, in order. */
  public List<NavNode> top() {
    return top;
  }

  /** True if the configuration wrote this navigation. */
  public boolean configured() {
    return configured;
  }

  /** The label of the page's first entry, if it has one: what readers see in the sidebar. */
  public Optional<String> titleOf(Page page) {
    return Optional.ofNullable(titles.get(page));
  }

  /** True if {@code page} has an entry. */
  public boolean contains(Page page) {
    return paths.containsKey(page);
  }

  /**
   * The entries that are open on {@code current}: those on the way down to its first entry,
   * that one included. Compared by identity.
   */
  public Set<NavNode> openOn(Page current) {
    Set<NavNode> open = Collections.newSetFromMap(new IdentityHashMap<>());
    open.addAll(paths.getOrDefault(current, List.of()));
    return open;
  }

  /** Every page in the order the entries list them, each once. */
  List<Page> pagesInOrder() {
    Set<Page> pages = new LinkedHashSet<>();
    collect(top, pages);
    return List.copyOf(pages);
  }

  private static void collect(List<NavNode> nodes, Set<Page> out) {
    for (NavNode node : nodes) {
      node.page().ifPresent(out::add);
      collect(node.children(), out);
    }
  }

  /**
   * The pages of the groups above {@code page}'s entry, top first, when the configuration wrote
   * the navigation and lists the page.
   */
  Optional<List<Page>> trail(Page page) {
    List<NavNode> path = paths.get(page);
    if (!configured || path == null) {
      return Optional.empty();
    }
    List<Page> trail = new ArrayList<>();
    for (NavNode node : path.subList(0, path.size() - 1)) {
      node.page().filter(p -> p != page).ifPresent(trail::add);
    }
    return Optional.of(List.copyOf(trail));
  }
}
