package dev.lectern.markdown.html;

import dev.lectern.api.LecternExtension;
import dev.lectern.api.Registry;

/**
 * Raw HTML in Markdown, as an extension: kept when safe, by an allowlist
 * ({@link HtmlPolicy}), and rebuilt as nodes so the output is well-formed
 * ({@link RawHtmlProcessor}); what is removed is named in one warning per page. With
 * {@code markdown.unsafe_html: true} it does nothing and raw HTML passes through as written.
 * See {@code html-spec.txt}.
 */
public final class SafeHtml implements LecternExtension {
  private final boolean unsafe;

  /** @param unsafe true when the site lets raw HTML through untouched */
  public SafeHtml(boolean unsafe) {
    this.unsafe = unsafe;
  }

  @Override
  public String name() {
    return "html";
  }

  @Override
  public void register(Registry registry) {
    if (unsafe) {
      return;
    }
    registry.pageProcessor(new RawHtmlProcessor());
    registry.markdown(SafeHtmlExtension.create());
  }
}
