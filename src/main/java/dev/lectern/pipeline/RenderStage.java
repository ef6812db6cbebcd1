package dev.lectern.pipeline;

import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.extend.ExtensionSet;
import dev.lectern.highlight.Highlighting;
import dev.lectern.markdown.MarkdownEngine;
import dev.lectern.markdown.ParsedMarkdown;
import dev.lectern.memo.Digester;
import dev.lectern.memo.Fingerprint;
import dev.lectern.memo.Memo;
import dev.lectern.memo.MemoTable;
import dev.lectern.render.PageRenderer;
import dev.lectern.render.PageRenderer.Rendered;
import dev.lectern.render.SiteContext;
import dev.lectern.render.Templates;
import dev.lectern.site.PageLinks;
import dev.lectern.site.SiteAssembler.Assembled;
import dev.lectern.site.StudyPlans.StudyPlan;
import dev.lectern.site.TagPages.TagPage;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The render stage: every page rendered from its parsed Markdown and the {@link SiteContext},
 * in parallel, each remembered under the fingerprint of exactly those two inputs (a listing page
 * under the context's alone), so an unchanged page in an unchanged site is not rendered again.
 */
final class RenderStage {
  private final Memo memo;
  private final SiteContext context;
  private final PageRenderer renderer;
  private final MemoTable<Rendered> renders;

  RenderStage(Memo memo, SiteContext context, ExtensionSet extensions,
      Highlighting highlighting) {
    this.memo = memo;
    this.context = context;
    this.renders = memo.table("render");
    var config = context.site().config();
    Templates templates = memo.<Templates>table("templates").get(
        Digester.of("templates", context.templates(), config, context.assets(), extensions),
        new Diagnostics(), ignored -> new Templates(context.templates(), config,
            context.assets(), extensions.functions(), extensions.values()));
    MarkdownEngine markdown = memo.<MarkdownEngine>table("engines").get(
        Digester.of("engine", config.markdown(), extensions), new Diagnostics(),
        ignored -> new MarkdownEngine(config.markdown(), extensions));
    this.renderer = new PageRenderer(context, markdown, templates, highlighting);
  }

  /**
   * Renders every page, handing each page's HTML to {@code sink} as soon as it is made (pages
   * with errors are left out), so a large site need not be held in memory whole. Returns each
   * page's meta description by output file.
   */
  Map<String, String> renderAll(Assembled assembled, Map<String, PageLinks> links,
      Diagnostics out, Runnable onPageDone, BiConsumer<String, Rendered> sink) {
    Map<String, String> descriptions = new ConcurrentHashMap<>();
    assembled.site().allPages().parallelStream().forEach(page -> {
      ParsedMarkdown parsed = assembled.documents().get(page.contentPath());
      Fingerprint key = Digester.of("render", page.contentPath(), parsed, context);
      Rendered r = renders.get(key, out, own -> renderer.render(page, parsed,
          links.getOrDefault(page.contentPath(), PageLinks.NONE), own));
      publish(r, sink, descriptions);
      onPageDone.run();
    });
    publish(listing("404", renderer::renderNotFound, out), sink, descriptions);
    for (StudyPlan plan : assembled.site().plans()) {
      publish(listing("plan " + plan.sitePath(), d -> renderer.renderPlan(plan, d), out), sink,
          descriptions);
    }
    for (TagPage tag : assembled.site().tags()) {
      publish(listing("tag " + tag.sitePath(), d -> renderer.renderTag(tag, d), out), sink,
          descriptions);
    }
    return new TreeMap<>(descriptions);
  }

  /** A page made from the context alone (not-found, study plan, tag). */
  private Rendered listing(String name, Function<Diagnostics, Rendered> render,
      Diagnostics out) {
    return renders.get(Digester.of("render listing", name, context), out, render);
  }

  private static void publish(Rendered r, BiConsumer<String, Rendered> sink,
      Map<String, String> descriptions) {
    if (r.html().isPresent()) {
      sink.accept(r.file(), r);
    }
    descriptions.put(r.file(), r.description());
  }
}
