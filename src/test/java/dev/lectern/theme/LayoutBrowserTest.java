package dev.lectern.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.testing.BrowserSession;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/**
 * The chapter layout at desktop widths: three columns from 1280 px, the contents as a compact
 * menu below that, one column under 1024 px; the sticky header; the sidebar before the article;
 * the table of contents following the reader; links opening FAQ questions.
 */
class LayoutBrowserTest {
  private static final String CHAPTER = "concurrency/gil/";
  private static BrowserSession browser;

  @BeforeAll
  static void open() {
    browser = BuiltGuide.browser();
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
  }

  private boolean shown(String css) {
    return browser.isVisible(css);
  }

  private double left(String css) {
    return ((Number) browser.js("return document.querySelector(arguments[0])"
        + ".getBoundingClientRect().left;", css)).doubleValue();
  }

  @Test
  void threeColumnsThenACompactMenuThenOneColumn() {
    browser.viewport(1400, 900, false).get(CHAPTER);
    assertTrue(shown(".site-nav") && shown(".toc-nav"), "sidebar and contents shown");
    assertTrue(left(".site-nav") < left("main") && left("main") < left(".toc-nav"));
    assertFalse(shown(".menu-button"));
    assertTrue(shown(".search-trigger"), "the search button is shown with its shortcut");
    assertTrue(browser.find(".site-header .search-kbd").getText().matches("Ctrl K|\u2318K"));

    browser.viewport(1280, 800, false).get(CHAPTER);
    assertTrue(shown(".toc-nav") && shown(".site-nav"), "three columns from 1280 px");
    assertEquals(1280L, browser.js("return document.documentElement.scrollWidth;"));

    browser.viewport(1100, 900, false).get(CHAPTER);
    assertTrue(shown(".site-nav"));
    assertTrue(shown(".toc-title") && !shown(".toc-nav"), "contents folded into a menu");
    browser.click(".toc-title");
    assertTrue(shown(".toc-nav"));
    browser.press(Keys.ESCAPE);
    assertFalse(shown(".toc-nav"));
    assertTrue(browser.isFocused(".toc-title"));

    browser.viewport(900, 900, false).get(CHAPTER);
    assertFalse(shown(".site-nav"));
    assertTrue(shown(".menu-button") && shown(".toc-title"));
  }

  @Test
  void theHeaderStaysAndTheArticleIsMeasuredForReading() {
    browser.viewport(1400, 900, false).get(CHAPTER);
    browser.js("window.scrollTo(0, 3000);");
    assertEquals(0L, ((Number) browser.js("return Math.round(document.querySelector("
        + "'.site-header').getBoundingClientRect().top);")).longValue());
    // The measure: how many of the first paragraph's characters (at their average width, set
    // on one line) fit across the article's text column. 65 to 75 for comfortable reading.
    Number perLine = (Number) browser.js("var p = document.querySelector('.chapter .content > p');"
        + "var text = p.textContent; var probe = document.createElement('span');"
        + "probe.style.whiteSpace = 'nowrap'; probe.textContent = text; p.appendChild(probe);"
        + "var average = probe.getBoundingClientRect().width / text.length;"
        + "probe.remove(); return p.clientWidth / average;");
    assertTrue(perLine.doubleValue() >= 65 && perLine.doubleValue() <= 75, perLine.toString());
    @SuppressWarnings("unchecked")
    List<Number> type = (List<Number>) browser.js("var body = getComputedStyle(document.querySelector("
        + "'.content p')); return [parseFloat(body.fontSize), parseFloat(body.lineHeight) / "
        + "parseFloat(body.fontSize)];");
    assertTrue(type.get(0).doubleValue() >= 16 && type.get(0).doubleValue() <= 17, type.toString());
    assertTrue(type.get(1).doubleValue() >= 1.6 && type.get(1).doubleValue() <= 1.75, type.toString());
  }

  @Test
  void theSidebarComesBeforeTheArticleAndMarksTheCurrentChapter() {
    browser.viewport(1400, 900, false).get("production/services-in-production/");
    assertEquals(true, browser.js("var nav = document.querySelector('.site-nav');"
        + "return !!(nav.compareDocumentPosition(document.querySelector('main'))"
        + "  & Node.DOCUMENT_POSITION_FOLLOWING);"));
    assertEquals("#main", browser.js("return document.querySelector('.skip-link')"
        + ".getAttribute('href');"), "the skip link still jumps to the content");
    assertEquals(true, browser.js("var here = document.querySelector('.site-nav [aria-current=page]');"
        + "return here.closest('details').open && here.closest('.nav-group')"
        + "  .classList.contains('is-current');"));
    assertEquals(1L, browser.js("return document.querySelectorAll('.site-nav details[open]').length;"),
        "only the current section is open");
    // The current chapter is scrolled into the sidebar's visible area (at 380 px high the last
    // section's chapters start below it).
    browser.viewport(1400, 380, false).get("production/services-in-production/");
    browser.waitUntil("the current chapter is in the sidebar's view", () -> Boolean.TRUE.equals(
        browser.js("var nav = document.querySelector('.nav-drawer');"
        + "var a = nav.querySelector('[aria-current=page]').getBoundingClientRect();"
        + "var box = nav.getBoundingClientRect();"
        + "return nav.scrollTop > 0 && a.top >= box.top && a.bottom <= box.bottom;")));
  }

  @Test
  void theContentsMarkTheSectionBeingReadAndKeepItInView() {
    browser.viewport(1400, 900, false).get(CHAPTER);
    browser.waitUntil("the first section is marked", () ->
        "#what-is-the-gil-and-what-problem-does-it-solve".equals(current()));
    List<String> ids = List.of("when-does-a-running-thread-give-up-the-gil", "common-mistakes",
        "test-yourself");
    for (String id : ids) {
      browser.js("var h = document.getElementById(arguments[0]);"
          + "window.scrollTo(0, h.getBoundingClientRect().top + scrollY - 100);", id);
      browser.waitUntil("the contents mark " + id, () -> ("#" + id).equals(current()));
      assertEquals(true, browser.js("var toc = document.querySelector('.toc');"
          + "var a = toc.querySelector('[aria-current=location]').getBoundingClientRect();"
          + "var box = toc.getBoundingClientRect();"
          + "return a.top >= box.top && a.bottom <= Math.min(box.bottom, innerHeight);"),
          id + " is visible in the contents");
    }
    assertEquals(1L, browser.js("return document.querySelectorAll('.toc [aria-current]').length;"));
  }

  private String current() {
    return (String) browser.js("var a = document.querySelector('.toc [aria-current=location]');"
        + "return a && a.getAttribute('href');");
  }

  @Test
  void aLinkToAnFaqQuestionOpensIt() {
    browser.viewport(1400, 900, false).get(CHAPTER);
    String id = "faq-what-does-the-gil-switch-interval-control";
    assertEquals(false, browser.js("return document.getElementById(arguments[0])"
        + ".closest('details').open;", id));
    browser.click(".toc-nav a[href='#" + id + "']");
    browser.waitUntil("the question opens", () -> Boolean.TRUE.equals(browser.js(
        "return document.getElementById(arguments[0]).closest('details').open;", id)));
    browser.get("iteration/generators/#faq-how-do-you-read-the-value-a-generator-returns");
    assertEquals(true, browser.js("return document.querySelector(':target').closest('details')"
        + ".open;"));
  }

  @Test
  void theChapterHeaderHasOneMetaLineAndTheRestFollowsTheArticle() {
    browser.viewport(1400, 900, false).get(CHAPTER);
    @SuppressWarnings("unchecked")
    List<Object> facts = (List<Object>) browser.js(
        "var header = document.querySelector('.chapter-header');"
        + "var meta = header.querySelector('.meta');"
        + "var lines = new Set(Array.from(meta.children).map(c => { var r = c.getBoundingClientRect();"
        + "  return Math.round((r.top + r.height / 2) / 8); }));"
        + "var footer = document.querySelector('.chapter-footer');"
        + "return [header.querySelectorAll('a').length, lines.size, meta.textContent.replace(/\\s+/g, ' ').trim(),"
        + "  footer.querySelectorAll('a[href*=\"/roles/\"]').length > 0,"
        + "  footer.querySelectorAll('a[href*=\"/tags/\"]').length > 0,"
        + "  footer.querySelector('.edit-link a') !== null];");
    assertEquals(0L, facts.get(0), "no links before the first sentence");
    assertEquals(1L, facts.get(1), "one meta line");
    assertTrue(((String) facts.get(2)).matches(
        "Level: Senior \\d+ min read (Updated|Published) \\d{1,2} \\w{3} \\d{4}"),
        (String) facts.get(2));
    assertEquals(List.of(true, true, true), facts.subList(3, 6), "roles, tags, edit link after");
  }

  @Test
  void theHomePageHasAHeroAndUsesTheWholeWidth() {
    browser.viewport(1400, 900, false).get("");
    assertTrue(browser.find(".hero .button-primary").getText().startsWith("Start with "));
    assertEquals("#study-plans", browser.find(".hero .button-secondary").getAttribute("hash"));
    @SuppressWarnings("unchecked")
    List<Number> facts = (List<Number>) browser.js(
        "var cards = Array.from(document.querySelectorAll('.section-grid > li'));"
        + "var rows = new Set(cards.map(c => Math.round(c.getBoundingClientRect().top)));"
        + "return [document.querySelector('main').getBoundingClientRect().width, cards.length,"
        + "  rows.size, document.querySelectorAll('.plan-grid > li').length,"
        + "  document.querySelectorAll('.section-grid .badge[class*=level-]').length];");
    assertTrue(facts.get(0).doubleValue() > 1300, "full width at 1400 px: " + facts);
    assertTrue(facts.get(2).intValue() <= (facts.get(1).intValue() + 2) / 3, "a grid: " + facts);
    assertEquals(4, facts.get(3).intValue(), "the four study plans as cards");
    assertTrue(facts.get(4).intValue() >= 20, "level badges on the chapters");
    assertTrue(browser.find(".section-card .card-meta").getText().matches("\\d+ chapters?"));
  }

  @Test
  void theNotFoundPageOffersSearchAndTheSections() {
    browser.viewport(1400, 900, false).get("no/such/page/");
    assertTrue(shown("main .search-trigger"), "search in the page, not only in the header");
    assertEquals(7L, browser.js("return document.querySelectorAll('main .section-card a').length;"));
  }

  /** Nothing moves while a page loads and its scripts run (cumulative layout shift 0). */
  @Test
  void nothingShiftsWhileThePageLoads() {
    List<String> shifted = new java.util.ArrayList<>();
    for (int[] size : new int[][] {{1400, 900}, {412, 915}}) {
      browser.viewport(size[0], size[1], size[0] < 600);
      for (String page : List.of("", CHAPTER, "no/such/page/")) {
        browser.get(page);
        Number shift = (Number) browser.jsAsync("var done = arguments[0], total = 0;"
            + "new PerformanceObserver(list => list.getEntries().forEach(e => {"
            + "  if (!e.hadRecentInput) total += e.value; }))"
            + ".observe({type: 'layout-shift', buffered: true});"
            + "setTimeout(() => done(total), 600);");
        if (shift.doubleValue() > 0.001) {
          shifted.add(page + " at " + size[0] + " px: " + shift);
        }
      }
    }
    assertEquals(List.of(), shifted);
  }
}
