package dev.lectern.site;

import dev.lectern.content.FolderSettings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The sections of a site, one per folder with a landing page, nested as the folders are. Within
 * a folder, chapters are ordered by {@code weight} (or Docusaurus' {@code sidebar_position}, or
 * {@code nav_order}), then by file name, unweighted ones last; sub-folders likewise by their
 * landing page's weight, else their category file's {@code position}.
 */
final class SectionTree {
  private static final Comparator<Page> ORDER = Comparator
      .comparing((Page p) -> p.meta().weight().isEmpty())
      .thenComparing(p -> p.meta().weight().orElse(0.0))
      .thenComparing(Page::contentPath);

  private final Map<String, Page> pages;
  private final Map<String, String> landings;
  private final Map<String, FolderSettings> folders;
  private final Map<String, List<Page>> chaptersByFolder = new TreeMap<>();
  private final Map<String, List<String>> childFolders = new TreeMap<>();

  /**
   * @param landings each folder's landing page's content path, by folder
   * @param folders the folders' category settings
   */
  SectionTree(Map<String, Page> pages, Map<String, String> landings,
      Map<String, FolderSettings> folders) {
    this.pages = pages;
    this.landings = landings;
    this.folders = folders;
    java.util.Set<String> landingPaths = new java.util.HashSet<>(landings.values());
    for (Page p : pages.values()) {
      if (!landingPaths.contains(p.contentPath())) {
        chaptersByFolder.computeIfAbsent(p.folder(), k -> new ArrayList<>()).add(p);
      }
    }
    for (String folder : landings.keySet()) {
      if (!folder.isEmpty()) {
        childFolders.computeIfAbsent(FolderLandings.parent(folder), k -> new ArrayList<>())
            .add(folder);
      }
    }
  }

  /** The section of the top folder, holding every other. */
  Section root() {
    return section("");
  }

  private Section section(String folder) {
    List<Page> chapters = chaptersByFolder.getOrDefault(folder, List.of()).stream()
        .sorted(ORDER).toList();
    List<String> children = new ArrayList<>(childFolders.getOrDefault(folder, List.of()));
    Map<String, Section> sections = new TreeMap<>();
    children.forEach(child -> sections.put(child, section(child)));
    children.sort(Comparator.comparing((String f) -> weight(f, sections.get(f)).isEmpty())
        .thenComparing(f -> weight(f, sections.get(f)).orElse(0.0))
        .thenComparing(f -> sections.get(f).landing().contentPath()));
    Optional<FolderSettings> settings = Optional.ofNullable(folders.get(folder));
    return new Section(pages.get(landings.get(folder)), chapters,
        children.stream().map(sections::get).toList(),
        settings.flatMap(FolderSettings::label),
        settings.flatMap(FolderSettings::collapsed).map(c -> !c).orElse(false));
  }

  /** A section's place: its landing page's weight, else its category's position. */
  private Optional<Double> weight(String folder, Section s) {
    return s.landing().meta().weight().or(() -> Optional.ofNullable(folders.get(folder))
        .flatMap(FolderSettings::position));
  }

  /** The chapters of {@code section} and of every section below it, depth first. */
  static void readingOrder(Section section, List<Page> out) {
    out.addAll(section.pages());
    section.sections().forEach(s -> readingOrder(s, out));
  }
}
