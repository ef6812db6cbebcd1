package dev.lectern.render;

import dev.lectern.content.PageKind;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.markdown.LinkRewriter;
import dev.lectern.markdown.MarkdownEngine;
import dev.lectern.render.Views.PageView;
import dev.lectern.site.Page;
import dev.lectern.site.Site;
import dev.lectern.seo.Descriptions;
import dev.lectern.seo.StructuredData;
import dev.lectern.site.SiteLinks;
import dev.lectern.site.StudyPlans.StudyPlan;
import dev.lectern.site.TagPages.TagPage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The render stage for pages: rewrites each page's links, renders its Markdown to HTML and puts
 * it through its layout ({@code home.peb}, {@code section.peb} or {@code page.peb}), in parallel.
 * Also renders {@code 404.html}, a study-plan page per role ({@code role.peb}) and a page per
 * tag ({@code tag.peb}).
 */
public final class PageRenderer {
  /** The not-found page's file; GitHub Pages serves it for any missing URL. */
  public static final String NOT_FOUND_FILE = "404.html";

  private final Site site;
  private final MarkdownEngine markdown;
  private final Templates templates;
  private final ViewFactory views;
  private final LinkRewriter links;

  private final RenderCache cache;
  private final String skeleton;

  public PageRenderer(Site site, MarkdownEngine markdown, Templates templates) {
    this(site, markdown, templates, RenderCache.none(), "");
  }

  /**
   * @param cache earlier renders to reuse for pages whose source is unchanged
   * @param skeleton the {@link SiteSkeleton} of this build
   */
  public PageRenderer(Site site, MarkdownEngine markdown, Templates templates, RenderCache cache,
      String skeleton) {
    this.site = site;
    this.markdown = markdown;
    this.templates = templates;
    this.views = new ViewFactory(site);
    this.links = new LinkRewriter(new SiteLinks(site));
    this.cache = cache;
    this.skeleton = skeleton;
  }

  /**
   * Renders every page and the not-found, study-plan and tag pages, in parallel, handing each
   * page's HTML to {@code sink} as soon as it is made (pages with errors are left out), so a
   * large site need not be held in memory whole. Returns each page's meta description.
   */
  public Map<String, String> renderAll(Diagnostics diagnostics, Runnable onPageDone,
      BiConsumer<String, byte[]> sink) {
    Map<String, String> descriptions = new java.util.concurrent.ConcurrentHashMap<>();
    site.allPages().parallelStream().forEach(page -> {
      Rendered r = render(page, diagnostics);
      r.html().ifPresent(h -> sink.accept(r.file(), h));
      descriptions.put(r.file(), r.description());
      onPageDone.run();
    });
    renderNotFound(diagnostics).ifPresent(h -> sink.accept(NOT_FOUND_FILE, utf8(h)));
    for (StudyPlan plan : site.plans()) {
      String crumb = plan.role().title() + " study plan";
      renderListing("role.peb", plan.sitePath(), crumb, json -> views.plan(plan, json), sink,
          descriptions, diagnostics);
    }
    for (TagPage tag : site.tags()) {
      renderListing("tag.peb", tag.sitePath(), "Tag " + tag.name(), json -> views.tag(tag, json),
          sink, descriptions, diagnostics);
    }
    return new java.util.TreeMap<>(descriptions);
  }

  private Rendered render(Page page, Diagnostics diagnostics) {
    var known = cache.find(page.outputFile(), page.source(), skeleton);
    if (known.isPresent()) {
      // Links are still rewritten (cheap), so the check stage can point into this page's
      // Markdown; their problems are the ones recorded with the page.
      links.rewrite(page.markdown(), new Diagnostics());
      known.get().diagnostics().forEach(diagnostics::add);
      return new Rendered(page.outputFile(), known.get().description(), known.get().html());
    }
    Diagnostics own = new Diagnostics();
    Rendered fresh = renderFresh(page, own);
    List<dev.lectern.diagnostic.Diagnostic> found = own.sorted();
    found.forEach(diagnostics::add);
    cache.store(page.outputFile(), new RenderCache.Entry(page.source(), skeleton, fresh.html(),
        fresh.description(), found));
    return fresh;
  }

  private Rendered renderFresh(Page page, Diagnostics diagnostics) {
    links.rewrite(page.markdown(), diagnostics);
    markdown.highlight(page.markdown(), diagnostics);
    try {
      return renderHighlighted(page, diagnostics);
    } finally {
      MarkdownEngine.release(page.markdown().document());
    }
  }

  private Rendered renderHighlighted(Page page, Diagnostics diagnostics) {
    String body = markdown.render(page.markdown().document());
    String description = Descriptions.of(page.meta().description(), page.markdown().summary());
    String pageUrl = site.config().absoluteUrl(page.sitePath());
    List<String> jsonLd = StructuredData.of(site, page, description,
        FaqEntries.of(page.markdown().document(), markdown, pageUrl,
            question -> site.faqOwners().owns(page, question)));
    PageView view = views.page(page, body, description, jsonLd);
    // Bytes at once: the site's pages are held until written, and a String may take twice the room.
    return new Rendered(page.outputFile(), description,
        evaluate(layout(page.kind()), view, page, diagnostics).map(PageRenderer::utf8));
  }

  /** A generated listing page (a study plan, a tag) below home, with its breadcrumb data. */
  private void renderListing(String template, String sitePath, String crumb,
      java.util.function.Function<List<String>, PageView> view, BiConsumer<String, byte[]> html,
      Map<String, String> descriptions, Diagnostics diagnostics) {
    String file = dev.lectern.site.Urls.outputFile(sitePath);
    // A listing is made of the skeleton only (titles, places, front matter): the home page's
    // source stands for "nothing else".
    var known = cache.find(file, site.home().source(), skeleton);
    if (known.isPresent()) {
      known.get().html().ifPresent(h -> html.accept(file, h));
      descriptions.put(file, known.get().description());
      known.get().diagnostics().forEach(diagnostics::add);
      return;
    }
    List<String> jsonLd = List.of(StructuredData.breadcrumbs(site.config(), List.of(
        Map.entry(site.home().meta().title(), ""), Map.entry(crumb, sitePath))));
    PageView page = view.apply(jsonLd);
    Diagnostics own = new Diagnostics();
    Optional<byte[]> bytes = evaluate(template, page, site.home(), own).map(PageRenderer::utf8);
    bytes.ifPresent(h -> html.accept(file, h));
    descriptions.put(file, page.metaDescription());
    List<dev.lectern.diagnostic.Diagnostic> found = own.sorted();
    found.forEach(diagnostics::add);
    cache.store(file, new RenderCache.Entry(site.home().source(), skeleton, bytes,
        page.metaDescription(), found));
  }

  private Optional<String> renderNotFound(Diagnostics diagnostics) {
    PageView view = views.notFound();
    return evaluate("404.peb", view, site.home(), diagnostics);
  }

  private Optional<String> evaluate(String template, PageView view, Page navFrom,
      Diagnostics diagnostics) {
    Map<String, Object> context = new HashMap<>();
    context.put("site", views.site());
    context.put("page", view);
    context.put("nav", views.navigation(navFrom));
    context.put("section", views.sectionOf(navFrom));
    try {
      return Optional.of(templates.render(template, context));
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

  private record Rendered(String file, String description, Optional<byte[]> html) {}

  private static byte[] utf8(String html) {
    return html.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }
}
