package dev.lectern.content;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything loaded from the content and static folders.
 *
 * @param pages the pages read (drafts left out unless wanted)
 * @param staticFiles the other files of the content folder, published beside their pages
 * @param markdownPaths the content paths of every Markdown file, drafts and unreadable ones
 *     included (what {@code related} and links may name)
 * @param folders the settings of folders that have a category file, by folder
 * @param rootFiles the files of the static folder, published at the site's root
 * @param unreadable the Markdown files whose front matter or encoding was broken (reported):
 *     links to them are not checked
 */
public record ContentSet(List<SourcePage> pages, List<StaticFile> staticFiles,
    Set<String> markdownPaths, Map<String, FolderSettings> folders, List<StaticFile> rootFiles,
    Set<String> unreadable) {

  /** Nothing at all. */
  public static final ContentSet EMPTY = new ContentSet(List.of(), List.of(), Set.of(), Map.of(),
      List.of(), Set.of());
}
