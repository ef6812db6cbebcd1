package dev.lectern.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.diagnostic.SourcePosition;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks of one rendered page: exactly one {@code h1}; JSON-LD that parses; at most one
 * FAQPage, whose questions and answers are all visible on the page; BreadcrumbLists of at least
 * two items with absolute URLs.
 */
final class PageChecks {
  private static final ObjectMapper JSON = new ObjectMapper();

  private PageChecks() {}

  static PageFacts check(byte[] html, String outputFile, SourcePosition source, Diagnostics out) {
    PageScan scan = PageScan.of(html);
    if (scan.h1 != 1) {
      out.error(source, "the page has " + scan.h1 + " <h1> elements; it needs exactly one",
          "the front matter title is the page's h1: use '##' for headings in the body");
    }
    List<String> questions = new ArrayList<>();
    int faqPages = 0;
    for (String script : scan.jsonLd) {
      JsonNode data;
      try {
        data = JSON.readTree(script);
      } catch (JsonProcessingException e) {
        out.error(source, "JSON-LD is not valid JSON: " + e.getOriginalMessage(),
            "check the templates that write application/ld+json");
        continue;
      }
      String type = data.path("@type").asText();
      if (type.equals("FAQPage")) {
        faqPages++;
        faq(data, scan.visibleSqueezed(), source, out, questions);
      } else if (type.equals("BreadcrumbList")) {
        breadcrumbs(data, source, out);
      }
    }
    if (faqPages > 1) {
      out.error(source, "the page has " + faqPages + " FAQPage objects; it may have one",
          "Lectern merges FAQ blocks into one FAQPage: check the templates for another");
    }
    return new PageFacts(outputFile, source, scan.title, List.copyOf(questions), scan.ids,
        List.copyOf(scan.links));
  }

  private static void faq(JsonNode page, String visible, SourcePosition source, Diagnostics out,
      List<String> questions) {
    for (JsonNode q : page.path("mainEntity")) {
      String name = q.path("name").asText();
      questions.add(name);
      if (!visible.contains(PageScan.squeeze(name))) {
        out.error(source,
            "the FAQ question '" + name + "' in the JSON-LD is not visible on the page",
            "structured data must say what the page shows");
      }
      String answer = PageScan.of(q.path("acceptedAnswer").path("text").asText())
          .visibleSqueezed();
      if (answer.isEmpty() || !visible.contains(answer)) {
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
}
