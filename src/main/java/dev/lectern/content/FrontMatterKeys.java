package dev.lectern.content;

import dev.lectern.content.FrontMatterReaders.Reader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one table of front-matter keys: Lectern's own, and those of Docusaurus, MkDocs (with
 * Material), VitePress, Hugo and Jekyll, each mapped onto Lectern's meaning where one exists.
 * Keys that mean nothing to Lectern are kept for templates ({@code page.params.KEY}), as is every
 * key of other tools. The README's table of front matter is this table.
 */
public final class FrontMatterKeys {
  private static final String DOCUSAURUS = "Docusaurus";
  private static final String MKDOCS = "MkDocs/Material";
  private static final String VITEPRESS = "VitePress";
  private static final String HUGO = "Hugo";
  private static final String JEKYLL = "Jekyll";

  /**
   * A key and what it means.
   *
   * @param lecterns true for Lectern's own keys (read after other tools' keys, so they win)
   * @param tools the tools that write it (Lectern's keys name others that share them)
   * @param meaning what Lectern does with it, for the README
   */
  public record Key(String name, boolean lecterns, String tools, String meaning, Reader reader) {}

  private static final Map<String, Key> KEYS = table();

  private FrontMatterKeys() {}

  /** Every key, Lectern's own first, in the README's order. */
  public static List<Key> all() {
    return List.copyOf(KEYS.values());
  }

  static Optional<Key> of(String name) {
    return Optional.ofNullable(KEYS.get(name));
  }

  private static Map<String, Key> table() {
    Map<String, Key> keys = new LinkedHashMap<>();
    for (Key k : List.of(
        own("title", "all", "the page's title and `<title>` (else its leading `# heading`, else "
            + "its file name)", FrontMatterReaders::title),
        own("description", "all", "summary: lede, meta description",
            (f, d, c) -> f.text().ifPresent(t -> d.description = t)),
        own("slug", DOCUSAURUS + ", " + HUGO, "URL segment, or a path from the site root when it "
            + "starts with `/` (`slug: /` is the home page)", FrontMatterReaders::slug),
        own("weight", HUGO, "order within the folder (decimals allowed)",
            (f, d, c) -> f.number().ifPresent(n -> d.weight = Optional.of(n))),
        own("draft", "all", "`true` leaves the page out unless `--drafts`",
            (f, d, c) -> f.bool().ifPresent(b -> d.draft = b)),
        own("tags", "all", "list of tags (Docusaurus `{label}` items too)",
            FrontMatterReaders::tags),
        own("date", "all", "published, `YYYY-MM-DD` (a time after it is ignored); Material's "
            + "blog posts' `{created, updated}` too", FrontMatterReaders::date),
        own("updated", "", "last updated, `YYYY-MM-DD`",
            (f, d, c) -> d.updated = f.date().or(() -> d.updated)),
        own("level", "", "`junior`, `mid`, `senior` or `staff`", FrontMatterReaders::level),
        own("roles", "", "map of declared role to priority 1–3", FrontMatterReaders::roles),
        own("related", "", "list of content paths of related pages", FrontMatterReaders::related),
        own("nav_title", "", "label in navigation, breadcrumbs and neighbours' links",
            (f, d, c) -> d.navTitle = f.text().or(() -> d.navTitle)),
        own("id", DOCUSAURUS, "id other pages' `prev`/`next` may name; the URL segment when "
            + "there is no slug", FrontMatterReaders::id),
        own("keywords", DOCUSAURUS + ", " + HUGO, "the keywords meta tag",
            FrontMatterReaders::keywords),
        own("image", DOCUSAURUS, "social image (`og:image`): a URL, or a path like a link's",
            FrontMatterReaders::image),
        own("unlisted", DOCUSAURUS, "`true`: built, but not in navigation, search, sitemap or "
            + "feed, and marked `noindex`", (f, d, c) -> f.bool().ifPresent(b -> d.unlisted = b)),
        own("search", MKDOCS, "`false` (or Material's `{exclude: true}`) leaves the page out of "
            + "search", FrontMatterReaders::search),
        own("toc", HUGO, "`false` for no table of contents, or `{min: 2, max: 4}` levels",
            FrontMatterReaders::toc),
        own("hide_title", DOCUSAURUS, "`true` hides the h1 visually (screen readers keep it)",
            (f, d, c) -> f.bool().ifPresent(b -> d.hideTitle = b)),
        own("navigation", "", "`false` shows the page without the sidebar",
            (f, d, c) -> f.bool().ifPresent(b -> d.navigation = b)),
        own("pager", "", "`false` shows the page without previous/next links",
            (f, d, c) -> f.bool().ifPresent(b -> d.pager = b)),
        own("edit_url", "", "this page's \"edit\" URL, or `false` for none",
            FrontMatterReaders::editUrl),
        own("prev", VITEPRESS, "`false`: no previous link; text: its label; `{text, link}`: "
            + "another page", (f, d, c) -> d.previous = FrontMatterReaders.neighbour(f, c.out())),
        own("next", VITEPRESS, "likewise for the next link",
            (f, d, c) -> d.next = FrontMatterReaders.neighbour(f, c.out())),
        own("aliases", HUGO, "old URLs that redirect to the page", FrontMatterReaders::aliases),
        foreign("sidebar_position", DOCUSAURUS, "`weight`",
            (f, d, c) -> f.number().ifPresent(n -> d.weight = Optional.of(n))),
        foreign("sidebar_label", DOCUSAURUS, "`nav_title`",
            (f, d, c) -> d.navTitle = f.text().or(() -> d.navTitle)),
        foreign("hide_table_of_contents", DOCUSAURUS, "`toc: false`",
            (f, d, c) -> f.bool().ifPresent(b -> d.tocShown = d.tocShown && !b)),
        foreign("toc_min_heading_level", DOCUSAURUS, "`toc: {min}`",
            (f, d, c) -> f.integer(2, 6).ifPresent(n -> d.tocLevels(n, Math.max(n, d.tocMax)))),
        foreign("toc_max_heading_level", DOCUSAURUS, "`toc: {max}`",
            (f, d, c) -> f.integer(2, 6).ifPresent(n -> d.tocLevels(Math.min(n, d.tocMin), n))),
        foreign("last_update", DOCUSAURUS, "`updated` (its `date`)",
            FrontMatterReaders::lastUpdate),
        foreign("pagination_prev", DOCUSAURUS, "`prev` (a page id; `null`: none)",
            (f, d, c) -> d.previous = FrontMatterReaders.paginationTarget(f)),
        foreign("pagination_next", DOCUSAURUS, "`next` (a page id; `null`: none)",
            (f, d, c) -> d.next = FrontMatterReaders.paginationTarget(f)),
        foreign("custom_edit_url", DOCUSAURUS, "`edit_url` (`null`: none)",
            FrontMatterReaders::editUrl),
        foreign("hide", MKDOCS, "`navigation: false`, `toc: false`, `pager: false` (for "
            + "`footer`)", FrontMatterReaders::hide),
        foreign("layout", VITEPRESS, "`page` or `false`: `navigation: false` and `toc: false`",
            FrontMatterReaders::layout),
        foreign("outline", VITEPRESS, "`toc` (`false`, a level, `[min, max]` or `deep`)",
            FrontMatterReaders::outline),
        foreign("lastUpdated", VITEPRESS, "`false` hides the date; a date is `updated`",
            FrontMatterReaders::lastUpdated),
        foreign("editLink", VITEPRESS, "`false`: `edit_url: false`",
            (f, d, c) -> f.bool().ifPresent(b -> d.editable = d.editable && b)),
        foreign("aside", VITEPRESS, "`false`: `toc: false`",
            (f, d, c) -> d.tocShown = d.tocShown && !f.isFalse()),
        foreign("sidebar", VITEPRESS, "`false`: `navigation: false`",
            (f, d, c) -> f.bool().ifPresent(b -> d.navigation = d.navigation && b)),
        foreign("linkTitle", HUGO, "`nav_title`",
            (f, d, c) -> d.navTitle = f.text().or(() -> d.navTitle)),
        foreign("summary", HUGO, "`description`",
            (f, d, c) -> f.text().ifPresent(t -> d.description = t)),
        foreign("lastmod", HUGO, "`updated`",
            (f, d, c) -> d.updated = f.date().or(() -> d.updated)),
        foreign("publishDate", HUGO, "`date`", (f, d, c) -> d.date = f.date().or(() -> d.date)),
        foreign("images", HUGO, "`image` (the first)", FrontMatterReaders::image),
        foreign("nav_order", JEKYLL, "`weight`",
            (f, d, c) -> f.number().ifPresent(n -> d.weight = Optional.of(n))),
        foreign("redirect_from", JEKYLL, "`aliases`", FrontMatterReaders::aliases),
        kept("sidebar_class_name", DOCUSAURUS), kept("sidebar_custom_props", DOCUSAURUS),
        kept("displayed_sidebar", DOCUSAURUS), kept("parse_number_prefixes", DOCUSAURUS),
        kept("icon", MKDOCS), kept("status", MKDOCS), kept("template", MKDOCS),
        kept("subtitle", MKDOCS), kept("head", VITEPRESS), kept("titleTemplate", VITEPRESS),
        kept("pageClass", VITEPRESS), kept("hero", VITEPRESS), kept("features", VITEPRESS),
        kept("navbar", VITEPRESS), kept("footer", VITEPRESS), kept("menu", HUGO),
        kept("type", HUGO), kept("categories", HUGO), kept("url", HUGO),
        kept("permalink", JEKYLL), kept("parent", JEKYLL), kept("nav_exclude", JEKYLL))) {
      keys.put(k.name(), k);
    }
    return keys;
  }

  private static Key own(String name, String alsoBy, String meaning, Reader reader) {
    return new Key(name, true, alsoBy.isEmpty() ? "Lectern" : "Lectern, " + alsoBy, meaning,
        reader);
  }

  private static Key foreign(String name, String tool, String lecternKey, Reader reader) {
    return new Key(name, false, tool, lecternKey, reader);
  }

  /** A key of another tool that Lectern has no use for: kept for templates, without a warning. */
  private static Key kept(String name, String tool) {
    return new Key(name, false, tool, "kept for templates only", (f, d, c) -> { });
  }
}
