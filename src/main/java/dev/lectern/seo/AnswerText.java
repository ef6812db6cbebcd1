package dev.lectern.seo;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The HTML of an answer as search engines accept it in FAQPage data: only {@code h1}–{@code h6},
 * {@code br}, {@code ol}, {@code ul}, {@code li}, {@code a}, {@code p}, {@code div}, {@code b},
 * {@code strong}, {@code i} and {@code em} survive; other elements (code, tables, spans) are
 * reduced to their text; links become absolute.
 */
public final class AnswerText {
  private static final Safelist ALLOWED = Safelist.none()
      .addTags("h1", "h2", "h3", "h4", "h5", "h6", "br", "ol", "ul", "li", "a", "p", "div", "b",
          "strong", "i", "em")
      .addAttributes("a", "href")
      .addProtocols("a", "href", "http", "https", "mailto");
  private static final Document.OutputSettings COMPACT =
      new Document.OutputSettings().prettyPrint(false);

  private AnswerText() {}

  /**
   * @param pageUrl the absolute URL of the page, against which relative links are resolved
   */
  public static String of(String answerHtml, String pageUrl) {
    Document doc = Jsoup.parseBodyFragment(answerHtml, pageUrl);
    doc.outputSettings().prettyPrint(false);
    // Cells and rows lose their tags: keep their text apart as it is on the page.
    doc.select("td, th").forEach(cell -> cell.appendText(" "));
    doc.select("tr").forEach(row -> row.appendText(" "));
    // Cleaned as parsed: serialising and parsing again (as Jsoup.clean does) doubles the cost.
    Document clean = new Cleaner(ALLOWED).clean(doc);
    clean.outputSettings(COMPACT);
    return clean.body().html().strip();
  }
}
