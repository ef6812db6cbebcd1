package dev.lectern.site;

import dev.lectern.config.SiteConfig;
import dev.lectern.content.FrontMatter;
import dev.lectern.content.PageKind;
import dev.lectern.content.SourcePage;
import dev.lectern.markdown.PageData;
import dev.lectern.markdown.ParsedMarkdown;
import dev.lectern.memo.Digester;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.commonmark.node.Document;

/**
 * Landing pages for folders that have no {@code _index.md}, as Hugo makes them: the home page
 * takes the site's title and description; a section takes its folder's name, made readable
 * ({@code 02-data-model} becomes "Data model"). Their content is empty.
 */
final class GeneratedPages {
  private GeneratedPages() {}

  /** The landing page of {@code folder} ("" for home) and its empty document. */
  static ParsedMarkdown landing(SiteConfig config, String folder) {
    boolean home = folder.isEmpty();
    String contentPath = home ? PageKind.INDEX_FILE : folder + "/" + PageKind.INDEX_FILE;
    String title = home ? config.title() : readable(folder.substring(folder.lastIndexOf('/') + 1));
    FrontMatter meta = FrontMatter.of(title, home ? config.description() : "");
    SourcePage source = new SourcePage(contentPath, "content/" + contentPath,
        PageKind.of(contentPath), meta, "");
    return new ParsedMarkdown(source, new Document(), List.of(), 0, "", List.of(),
        PageData.EMPTY, Digester.of("generated landing", source));
  }

  /** The page of a generated landing. */
  static Page page(ParsedMarkdown landing) {
    SourcePage s = landing.source();
    return new Page(s.contentPath(), s.file(), s.kind(), s.meta(),
        Urls.pagePath(s.contentPath(), Optional.empty()), true, 1);
  }

  static String readable(String folderName) {
    String words = Urls.segment(folderName).replace('-', ' ').replace('_', ' ').strip();
    if (words.isEmpty()) {
      return folderName;
    }
    return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
  }
}
