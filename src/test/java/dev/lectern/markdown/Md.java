package dev.lectern.markdown;

import dev.lectern.config.SiteConfig.MarkdownOptions;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.pipeline.StandardMarkdown;
import dev.lectern.testing.MarkdownPage;
import dev.lectern.testing.TestScope;

/** Parses Markdown as the page {@code content/a/page.md} for tests. */
final class Md {
  private Md() {}

  static MarkdownEngine engine(MarkdownOptions options) {
    return StandardMarkdown.engine(options);
  }

  static ParsedMarkdown parse(MarkdownEngine engine, String body, Diagnostics d) {
    return MarkdownPage.parse(engine, "a/page.md", body, d);
  }

  static String html(String body) {
    MarkdownEngine engine = engine(new MarkdownOptions(false));
    Diagnostics d = new Diagnostics();
    ParsedMarkdown parsed = parse(engine, body, d);
    return engine.render(parsed.document(), new TestScope(parsed, d));
  }
}
