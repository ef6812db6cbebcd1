package dev.lectern.render;

import dev.lectern.content.PageKind;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.highlight.Highlighting;
import dev.lectern.markdown.MarkdownEngine;
import dev.lectern.markdown.ParsedMarkdown;
import dev.lectern.render.Views.PageView;
import dev.lectern.seo.Descriptions;
import dev.lectern.seo.StructuredData;
import dev.lectern.site.Page;
import dev.lectern.site.PageLinks;
import dev.lectern.site.Site;
import dev.lectern.site.StudyPlans.StudyPlan;
import dev.lectern.site.TagPages.TagPage;
import dev.lectern.site.Urls;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders one page as a function of its parsed Markdown and the {@link SiteContext}: the Markdown
 * to HTML (links pointing where the assemble stage resolved them, code highlighted for this
 * render only), the structured data, and the page's layout ({@code home.peb}, {@code section.peb}
 * or {@code page.peb}). Also the not-found page, a study-plan page per role ({@code role.peb})
 * and a page per tag ({@code tag.peb}). Reads nothing but its arguments; thread-safe.
 */
public final class PageRenderer {
  /** The not-found page's file; GitHub Pages serves it for any missing URL. */
  public static final String NOT_FOUND_FILE = "404.html";

  private final SiteContext context;
  private final Site site;
  private final MarkdownEngine markdown;
  private final Templates templates;
  private final Highlighting highlighting;
  private final ViewFactory views;

  public PageRenderer(SiteContext context, MarkdownEngine markdown, Templates templates,
      Highlighting highlighting) {
    this.context = context;
    this.site = context.site();
    this.markdown = markdown;
    this.templates = templates;
    this.highlighting = highlighting;
    this.views = new ViewFactory(site);
  }

  /**
   * A rendered page: its output file, its HTML (empty when its template failed), its meta
   * description and the fingerprint of its HTML. The fingerprint is kept with a cached page, so
   * the check stage can find its verdict for an unchanged page without hashing the HTML again.
   */
  public record Rendered(String file, String description, Optional<byte[]> html,
      dev.lectern.memo.Fingerprint digest) {

    /** A rendered page whose fingerprint is taken from {@code html} now. */
    public static Rendered of(String file, String description, Optional<byte[]> html) {
      return new Rendered(file, description, html,
          dev.lectern.memo.Digester.ofBytes(html.orElse(new byte[0])));
    }
  }

  /** Renders {@code page}, whose links resolve as {@code links} says; problems go to {@code out}. */
  public Rendered render(Page page, ParsedMarkdown parsed, PageLinks links, Diagnostics out) {
    String pageUrl = site.config().url(page.sitePath());
    PageScope scope = new PageScope(parsed, pageUrl, links, context, highlighting, out);
    String body = markdown.render(parsed.document(), scope);
    String description = Descriptions.of(page.meta().description(), parsed.summary());
    String absolute = site.config().absoluteUrl(page.sitePath());
    List<String> jsonLd = StructuredData.of(site, page, description,
        FaqEntries.of(parsed.document(), node -> markdown.render(node, scope), absolute,
            question -> site.faqOwners().owns(page, question)));
    Optional<ViewFactory.Heading> heading = parsed.title().map(t -> new ViewFactory.Heading(
        markdown.renderChildren(parsed.titleNode().orElseThrow(), scope), t.id()));
    PageView view = views.page(page, parsed.headings(), body, description, jsonLd, heading);
    // Bytes at once: the site's pages are held until written, and a String may take twice the room.
    return Rendered.of(page.outputFile(), description,
        evaluate(layout(page.kind()), view, page, out).map(PageRenderer::utf8));
  }

  /** The not-found page. */
  public Rendered renderNotFound(Diagnostics out) {
    PageView view = views.notFound();
    return Rendered.of(NOT_FOUND_FILE, "",
        evaluate("404.peb", view, site.home(), out).map(PageRenderer::utf8));
  }

  /** A role's study plan page. */
  public Rendered renderPlan(StudyPlan plan, Diagnostics out) {
    return renderListing("role.peb", plan.sitePath(), plan.role().title() + " study plan",
        json -> views.plan(plan, json), out);
  }

  /** A tag's page. */
  public Rendered renderTag(TagPage tag, Diagnostics out) {
    return renderListing("tag.peb", tag.sitePath(), "Tag " + tag.name(),
        json -> views.tag(tag, json), out);
  }

  /** A generated listing page (a study plan, a tag) below home, with its breadcrumb data. */
  private Rendered renderListing(String template, String sitePath, String crumb,
      java.util.function.Function<List<String>, PageView> view, Diagnostics out) {
    List<String> jsonLd = List.of(StructuredData.breadcrumbs(site.config(), List.of(
        Map.entry(site.home().meta().title(), ""), Map.entry(crumb, sitePath))));
    PageView page = view.apply(jsonLd);
    return Rendered.of(Urls.outputFile(sitePath), page.metaDescription(),
        evaluate(template, page, site.home(), out).map(PageRenderer::utf8));
  }

  private Optional<String> evaluate(String template, PageView view, Page navFrom,
      Diagnostics diagnostics) {
    Map<String, Object> values = new HashMap<>();
    values.put("site", views.site());
    values.put("page", view);
    values.put("nav", views.navigation(navFrom));
    values.put("section", views.sectionOf(navFrom));
    try {
      return Optional.of(templates.render(template, values));
    } catch (TemplateException e) {
      diagnostics.add(e.diagnostic());
      return Optional.empty();
    }
  }

  /** The template a page is rendered with. */
  public static String layout(Page page) {
    return layout(page.kind());
  }

  private static String layout(PageKind kind) {
    return switch (kind) {
      case HOME -> "home.peb";
      case SECTION -> "section.peb";
      case PAGE -> "page.peb";
    };
  }

  private static byte[] utf8(String html) {
    return html.getBytes(StandardCharsets.UTF_8);
  }
}
