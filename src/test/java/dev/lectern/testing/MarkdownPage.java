package dev.lectern.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.config.SiteConfig.MarkdownOptions;
import dev.lectern.content.FrontMatter;
import dev.lectern.content.PageKind;
import dev.lectern.content.SourcePage;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.markdown.MarkdownEngine;
import dev.lectern.markdown.ParsedMarkdown;
import dev.lectern.memo.Digester;
import dev.lectern.memo.FileSnapshot;
import dev.lectern.pipeline.StandardMarkdown;
import java.util.List;

/** Markdown rendered as the page {@code content/a.md} by the whole engine, for tests. */
public final class MarkdownPage {
  private static final MarkdownEngine ENGINE =
      StandardMarkdown.engine(new MarkdownOptions(false));

  private MarkdownPage() {}

  /** The engine pages are rendered with. */
  public static MarkdownEngine engine() {
    return ENGINE;
  }

  /** {@code markdown} parsed as {@code content/CONTENT_PATH} by {@code engine}. */
  public static ParsedMarkdown parse(MarkdownEngine engine, String contentPath, String markdown,
      Diagnostics diagnostics) {
    SourcePage page = new SourcePage(contentPath, "content/" + contentPath,
        PageKind.of(contentPath), FrontMatter.of("T", ""), markdown);
    return engine.parse(page, FileSnapshot.NONE.recorder(), Digester.of(page), diagnostics);
  }

  /**
   * The HTML of {@code markdown} as the page {@code content/CONTENT_PATH} of a site whose files
   * are {@code files} (for processors that read files); problems go to {@code diagnostics}.
   */
  public static String render(String contentPath, String markdown, FileSnapshot files,
      Diagnostics diagnostics) {
    SourcePage page = new SourcePage(contentPath, "content/" + contentPath,
        PageKind.of(contentPath), FrontMatter.of("T", ""), markdown);
    ParsedMarkdown parsed = ENGINE.parse(page, files.recorder(), Digester.of(page), diagnostics);
    return ENGINE.render(parsed.document(), new TestScope(parsed, diagnostics));
  }

  /** The HTML of {@code markdown} as a page of {@code engine}; problems go to {@code diagnostics}. */
  public static String render(MarkdownEngine engine, String markdown, Diagnostics diagnostics) {
    ParsedMarkdown parsed = parse(engine, "a.md", markdown, diagnostics);
    return engine.render(parsed.document(), new TestScope(parsed, diagnostics));
  }

  /** The HTML of {@code markdown}; problems go to {@code diagnostics}. */
  public static String render(String markdown, Diagnostics diagnostics) {
    return render(ENGINE, markdown, diagnostics);
  }

  /** Asserts that a spec example renders to its HTML without any problem reported. */
  public static void assertRendersAsSpecified(SpecExample example) {
    Diagnostics d = new Diagnostics();
    assertEquals(example.html(), render(example.markdown(), d), "Markdown:\n" + example.markdown());
    assertEquals(List.of(), Diags.headlines(d));
  }
}
