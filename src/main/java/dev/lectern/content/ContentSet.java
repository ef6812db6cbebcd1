package dev.lectern.content;

import dev.lectern.memo.Fingerprint;
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
 * @param readFrom the fingerprint of what each page of {@code pages} was read from (its file's
 *     bytes, path and the front-matter settings), by identity: a page is a function of it, so
 *     later stages may key on it instead of digesting the page's text again
 */
public record ContentSet(List<SourcePage> pages, List<StaticFile> staticFiles,
    Set<String> markdownPaths, Map<String, FolderSettings> folders, List<StaticFile> rootFiles,
    Set<String> unreadable, Map<SourcePage, Fingerprint> readFrom) {

  /** Nothing at all. */
  public static final ContentSet EMPTY = new ContentSet(List.of(), List.of(), Set.of(), Map.of(),
      List.of(), Set.of(), Map.of());

  /** Everything but the fingerprints of what the pages were read from. */
  public ContentSet(List<SourcePage> pages, List<StaticFile> staticFiles,
      Set<String> markdownPaths, Map<String, FolderSettings> folders, List<StaticFile> rootFiles,
      Set<String> unreadable) {
    this(pages, staticFiles, markdownPaths, folders, rootFiles, unreadable, Map.of());
  }

  /**
   * What {@code page} was read from, if it is one of {@link #pages} itself (not an equal copy
   * or a page derived from it).
   */
  public java.util.Optional<Fingerprint> readFrom(SourcePage page) {
    return java.util.Optional.ofNullable(readFrom.get(page));
  }
}
