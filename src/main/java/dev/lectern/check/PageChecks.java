package dev.lectern.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.diagnostic.SourcePosition;
import dev.lectern.check.PageFacts.PageLink;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The checks of one rendered page: exactly one {@code h1}; JSON-LD that parses; at most one
 * FAQPage, whose questions and answers are all visible on the page; BreadcrumbLists of at least
 * two items with absolute URLs.
 */
final class PageChecks {
  private static final ObjectMapper JSON = new ObjectMapper();

  private PageChecks() {}

  /** Attributes that hold a URL to check, by the elements that carry them. */
  private static final String LINKS = "a[href], link[href], img[src], script[src], iframe[src], "
      + "source[src], video[src], audio[src], track[src], video[poster], img[srcset], "
      + "source[srcset], meta[property=og:url], meta[property=og:image]";

  static PageFacts check(String html, String outputFile, SourcePosition source, Diagnostics out) {
    Document doc = Jsoup.parse(html);
    int h1 = doc.select("h1").size();
    if (h1 != 1) {
      out.error(source, "the page has " + h1 + " <h1> elements; it needs exactly one",
          "the front matter title is the page's h1: use '##' for headings in the body");
    }
    List<String> questions = new ArrayList<>();
    int faqPages = 0;
    String visible = null;
    for (Element script : doc.select("script[type=application/ld+json]")) {
      JsonNode data;
      try {
        data = JSON.readTree(script.data());
      } catch (JsonProcessingException e) {
        out.error(source, "JSON-LD is not valid JSON: " + e.getOriginalMessage(),
            "check the templates that write application/ld+json");
        continue;
      }
      String type = data.path("@type").asText();
      if (type.equals("FAQPage")) {
        faqPages++;
        visible = visible != null ? visible : squeeze(visibleText(doc));
        faq(data, visible, source, out, questions);
      } else if (type.equals("BreadcrumbList")) {
        breadcrumbs(data, source, out);
      }
    }
    if (faqPages > 1) {
      out.error(source, "the page has " + faqPages + " FAQPage objects; it may have one",
          "Lectern merges FAQ blocks into one FAQPage: check the templates for another");
    }
    return new PageFacts(outputFile, source, doc.title(), List.copyOf(questions), ids(doc),
        links(doc));
  }

  private static Set<String> ids(Document doc) {
    Set<String> ids = new HashSet<>();
    doc.select("[id]").forEach(e -> ids.add(e.id()));
    doc.select("a[name]").forEach(e -> ids.add(e.attr("name")));
    return ids;
  }

  private static List<PageLink> links(Document doc) {
    List<PageLink> links = new ArrayList<>();
    for (Element e : doc.select(LINKS)) {
      boolean inContent = e.closest(".content") != null;
      for (String attr : List.of("href", "src", "poster", "content")) {
        if (e.hasAttr(attr)) {
          links.add(new PageLink(e.attr(attr), e.tagName() + " " + attr, inContent));
        }
      }
      if (e.hasAttr("srcset")) {
        for (String candidate : e.attr("srcset").split(",")) {
          String url = candidate.strip().split("\\s+")[0];
          if (!url.isEmpty()) {
            links.add(new PageLink(url, e.tagName() + " srcset", inContent));
          }
        }
      }
    }
    return links;
  }

  private static void faq(JsonNode page, String visible, SourcePosition source, Diagnostics out,
      List<String> questions) {
    for (JsonNode q : page.path("mainEntity")) {
      String name = q.path("name").asText();
      questions.add(name);
      if (!visible.contains(squeeze(name))) {
        out.error(source, "the FAQ question '" + name + "' in the JSON-LD is not visible on the page",
            "structured data must say what the page shows");
      }
      String answer = Jsoup.parse(q.path("acceptedAnswer").path("text").asText()).text();
      if (answer.isBlank() || !visible.contains(squeeze(answer))) {
        out.error(source, "the answer to '" + name + "' in the JSON-LD is not visible on the page",
            "structured data must say what the page shows");
      }
    }
  }

  private static void breadcrumbs(JsonNode list, SourcePosition source, Diagnostics out) {
    JsonNode items = list.path("itemListElement");
    if (items.size() < 2) {
      out.error(source, "the BreadcrumbList has " + items.size() + " items; it needs at least 2",
          "a breadcrumb trail starts at the home page and ends at this page");
    }
    for (JsonNode item : items) {
      String url = item.path("item").asText();
      if (!url.startsWith("https://") && !url.startsWith("http://")) {
        out.error(source, "the BreadcrumbList URL '" + url + "' is not absolute",
            "breadcrumb URLs must start with the site's base_url");
      }
    }
  }

  /** The text a reader sees: no scripts, styles, templates or hidden elements. */
  private static String visibleText(Document doc) {
    Document copy = doc.clone();
    copy.select("script, style, template, [hidden], head").remove();
    return copy.body().text();
  }

  /** Text compared without whitespace: layout may space cells and blocks differently. */
  private static String squeeze(String s) {
    return s.replaceAll("\\s+", "");
  }
}
