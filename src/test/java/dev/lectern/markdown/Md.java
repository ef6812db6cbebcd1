package dev.lectern.markdown;

import dev.lectern.config.SiteConfig.MarkdownOptions;
import dev.lectern.content.FrontMatter;
import dev.lectern.content.PageKind;
import dev.lectern.content.SourcePage;
import dev.lectern.diagnostic.Diagnostics;

/** Parses Markdown as the page {@code content/a/page.md} for tests. */
final class Md {
  private Md() {}

  static SourcePage page(String contentPath, String body) {
    FrontMatter meta = FrontMatter.of("T", "");
    return new SourcePage(contentPath, "content/" + contentPath, PageKind.of(contentPath), meta, body);
  }

  static ParsedMarkdown parse(MarkdownEngine engine, String body, Diagnostics d) {
    return engine.parse(page("a/page.md", body), d);
  }

  static String html(String body) {
    MarkdownEngine engine = new MarkdownEngine(new MarkdownOptions(false));
    Diagnostics d = new Diagnostics();
    return engine.renderPage(parse(engine, body, d), d);
  }
}
