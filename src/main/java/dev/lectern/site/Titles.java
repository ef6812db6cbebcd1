package dev.lectern.site;

import dev.lectern.config.SiteConfig;
import dev.lectern.content.FrontMatter;
import dev.lectern.content.PageKind;
import dev.lectern.content.SourcePage;
import dev.lectern.diagnostic.SourcePosition;
import dev.lectern.markdown.ParsedMarkdown;
import dev.lectern.markdown.TitleHeading;

/**
 * A page's title: front matter's {@code title}; else the text of its leading {@code # heading};
 * else, for the home page, the site's title; else its file's name made readable (a landing
 * page's folder's name): {@code getting-started.md} is "Getting started".
 */
final class Titles {
  private Titles() {}

  /** The page's front matter with its title decided, and where the title was written. */
  static FrontMatter decide(SiteConfig config, ParsedMarkdown parsed) {
    SourcePage source = parsed.source();
    FrontMatter meta = source.meta();
    SourcePosition top = new SourcePosition(source.file(), 1, 1);
    if (!meta.title().isEmpty()) {
      return meta.withTitle(meta.title(), meta.options().titleAt().orElse(top));
    }
    if (parsed.title().isPresent()) {
      TitleHeading heading = parsed.title().get();
      return meta.withTitle(heading.text(), heading.position());
    }
    String path = source.contentPath();
    if (PageKind.of(path) == PageKind.HOME) {
      return meta.withTitle(config.title(), top);
    }
    String name = PageKind.isLanding(path) ? source.folder() : path;
    return meta.withTitle(GeneratedPages.readable(name.substring(name.lastIndexOf('/') + 1)),
        top);
  }
}
