package dev.lectern.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.config.SiteConfig.MarkdownOptions;
import dev.lectern.content.FrontMatter;
import dev.lectern.content.PageKind;
import dev.lectern.content.SourcePage;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.markdown.MarkdownEngine;
import java.util.List;

/** Markdown rendered as the page {@code content/a.md} by the whole engine, for tests. */
public final class MarkdownPage {
  private static final MarkdownEngine ENGINE = new MarkdownEngine(new MarkdownOptions(false));

  private MarkdownPage() {}

  /** The HTML of {@code markdown}; problems go to {@code diagnostics}. */
  public static String render(String markdown, Diagnostics diagnostics) {
    SourcePage page = new SourcePage("a.md", "content/a.md", PageKind.PAGE,
        FrontMatter.of("T", ""), markdown);
    return ENGINE.renderPage(ENGINE.parse(page, diagnostics), diagnostics);
  }

  /** Asserts that a spec example renders to its HTML without any problem reported. */
  public static void assertRendersAsSpecified(SpecExample example) {
    Diagnostics d = new Diagnostics();
    assertEquals(example.html(), render(example.markdown(), d), "Markdown:\n" + example.markdown());
    assertEquals(List.of(), Diags.headlines(d));
  }
}
