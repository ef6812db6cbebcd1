package dev.lectern.site;

import dev.lectern.config.SiteConfig;
import dev.lectern.content.FolderSettings;
import dev.lectern.content.FrontMatter;
import dev.lectern.content.PageKind;
import dev.lectern.content.SourcePage;
import dev.lectern.diagnostic.SourcePosition;
import dev.lectern.markdown.PageData;
import dev.lectern.markdown.ParseRecord;
import dev.lectern.markdown.ParsedMarkdown;
import dev.lectern.memo.Digester;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.commonmark.node.Document;

/**
 * Landing pages for folders that have none, as Hugo and Docusaurus make them: the home page
 * takes the site's title and description; a section takes its category file's title, label and
 * description, else its folder's name made readable ({@code 02-data-model} becomes "Data
 * model"). Their content is empty.
 */
final class GeneratedPages {
  private GeneratedPages() {}

  /** The landing page of {@code folder} ("" for home) and its empty document. */
  static ParsedMarkdown landing(SiteConfig config, String folder,
      Optional<FolderSettings> settings) {
    boolean home = folder.isEmpty();
    String contentPath = home ? PageKind.INDEX_FILE : folder + "/" + PageKind.INDEX_FILE;
    Optional<FolderSettings.Landing> landing = settings.flatMap(FolderSettings::landing);
    String title = home ? config.title() : landing.flatMap(FolderSettings.Landing::title)
        .or(() -> settings.flatMap(FolderSettings::label))
        .orElse(readable(folder.substring(folder.lastIndexOf('/') + 1)));
    String description = home ? config.description()
        : landing.flatMap(FolderSettings.Landing::description).orElse("");
    FrontMatter meta = FrontMatter.of(title, description);
    Optional<String> slug = landing.flatMap(FolderSettings.Landing::slug)
        .map(s -> s.startsWith("/") ? s : "/" + s);
    if (slug.isPresent()) {
      meta = new FrontMatter(title, description, slug, Optional.empty(), false, List.of(),
          Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(),
          meta.options());
    }
    String file = config.sources().file(contentPath);
    SourcePage source = new SourcePage(contentPath, file, PageKind.of(contentPath),
        meta.withTitle(title, new SourcePosition(file, 1, 1)), "");
    return ParsedMarkdown.of(new ParseRecord(source, List.of(), 0, "", List.of(),
        PageData.EMPTY, Optional.empty(), Digester.of("generated landing", source)),
        new ParsedMarkdown.Tree(new Document(), Optional.empty(), List.of()));
  }

  /** The page of a generated landing. */
  static Page page(ParsedMarkdown landing) {
    SourcePage s = landing.source();
    return new Page(s.contentPath(), s.file(), s.kind(), s.meta(),
        Urls.pagePath(s.contentPath(), s.meta().slug()), true, 1);
  }

  /** A file or folder name made readable: "getting-started" is "Getting started". */
  static String readable(String name) {
    String words = Urls.segment(PageKind.stem(name).orElse(name)).replace('-', ' ')
        .replace('_', ' ').strip();
    if (words.isEmpty()) {
      return name;
    }
    return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
  }
}
