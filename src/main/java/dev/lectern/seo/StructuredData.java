package dev.lectern.seo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lectern.config.SiteConfig;
import dev.lectern.content.PageKind;
import dev.lectern.site.Page;
import dev.lectern.site.Site;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The JSON-LD of a page, one script per type: {@code WebSite} on the home page,
 * {@code BreadcrumbList} below it, {@code TechArticle} on chapters and one {@code FAQPage} merging
 * all FAQ blocks of the page in document order. Every URL is absolute.
 */
public final class StructuredData {
  private StructuredData() {}

  public static List<String> of(Site site, Page page, String description, List<FaqEntry> faq) {
    SiteConfig config = site.config();
    List<String> scripts = new ArrayList<>();
    if (page.kind() == PageKind.HOME) {
      scripts.add(JsonLd.write(JsonLd.thing("WebSite").put("name", config.title())
          .put("url", config.absoluteUrl("")).put("description", config.description())
          .put("inLanguage", config.language())));
    } else {
      scripts.add(JsonLd.write(breadcrumbs(site, page)));
    }
    if (page.kind() == PageKind.PAGE) {
      scripts.add(JsonLd.write(article(site, page, description)));
    }
    if (!faq.isEmpty()) {
      scripts.add(JsonLd.write(faqPage(faq)));
    }
    return List.copyOf(scripts);
  }

  /** A BreadcrumbList script for a trail of (name, site path) pairs from home to a page. */
  public static String breadcrumbs(SiteConfig config, List<java.util.Map.Entry<String, String>> trail) {
    ObjectNode list = JsonLd.thing("BreadcrumbList");
    ArrayNode items = list.putArray("itemListElement");
    for (int i = 0; i < trail.size(); i++) {
      items.addObject().put("@type", "ListItem").put("position", i + 1)
          .put("name", trail.get(i).getKey()).put("item", config.absoluteUrl(trail.get(i).getValue()));
    }
    return JsonLd.write(list);
  }

  private static ObjectNode breadcrumbs(Site site, Page page) {
    ObjectNode list = JsonLd.thing("BreadcrumbList");
    ArrayNode items = list.putArray("itemListElement");
    List<Page> trail = new ArrayList<>(site.ancestors(page));
    trail.add(page);
    for (int i = 0; i < trail.size(); i++) {
      Page p = trail.get(i);
      items.addObject().put("@type", "ListItem").put("position", i + 1)
          .put("name", p.meta().title()).put("item", site.config().absoluteUrl(p.sitePath()));
    }
    return list;
  }

  private static ObjectNode article(Site site, Page page, String description) {
    SiteConfig config = site.config();
    String url = config.absoluteUrl(page.sitePath());
    ObjectNode article = JsonLd.thing("TechArticle").put("headline", page.meta().title())
        .put("description", description).put("inLanguage", config.language()).put("url", url);
    article.putObject("mainEntityOfPage").put("@type", "WebPage").put("@id", url);
    date(site.dates().published(page)).ifPresent(d -> article.put("datePublished", d));
    date(site.dates().modified(page)).ifPresent(d -> article.put("dateModified", d));
    boolean person = !config.author().isBlank();
    article.set("author", JsonLd.nested(person ? "Person" : "Organization")
        .put("name", person ? config.author() : config.title()));
    article.set("publisher", JsonLd.nested("Organization").put("name", config.title())
        .put("url", config.absoluteUrl("")));
    return article;
  }

  private static ObjectNode faqPage(List<FaqEntry> faq) {
    ObjectNode page = JsonLd.thing("FAQPage");
    ArrayNode questions = page.putArray("mainEntity");
    for (FaqEntry e : faq) {
      ObjectNode q = questions.addObject().put("@type", "Question").put("name", e.question());
      q.putObject("acceptedAnswer").put("@type", "Answer").put("text", e.answerHtml());
    }
    return page;
  }

  private static Optional<String> date(Optional<LocalDate> date) {
    return date.map(LocalDate::toString);
  }
}
