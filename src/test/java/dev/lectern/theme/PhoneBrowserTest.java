package dev.lectern.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.testing.BrowserSession;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/**
 * The guide on a 412×915 touch screen: the Menu drawer (a modal dialog), the "On this page"
 * dropdown, the first screen, and no page wider than the screen.
 */
class PhoneBrowserTest {
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

  @BeforeEach
  void phone() {
    browser.viewport(412, 915, true);
  }

  private boolean drawerOpen() {
    return Boolean.TRUE.equals(browser.js("var d = document.getElementById('nav-drawer');"
        + "return d.classList.contains('is-open') && d.getBoundingClientRect().width > 200;"));
  }

  @Test
  void menuOpensTheNavigationAsAModalDrawerAndEscapeReturnsFocus() {
    browser.get(CHAPTER);
    assertFalse(drawerOpen());
    browser.click(".menu-button");
    assertTrue(drawerOpen());
    assertEquals("true", browser.find(".menu-button").getAttribute("aria-expanded"));
    assertEquals(List.of("dialog", "true"), browser.js("var d = document.getElementById("
        + "'nav-drawer'); return [d.getAttribute('role'), d.getAttribute('aria-modal')];"));
    assertTrue(browser.isFocused("#nav-drawer [aria-current=page]"),
        "focus starts on the current chapter");
    assertEquals(true, browser.js("return document.querySelector('main').inert;"),
        "the page behind is out of reach");
    // Focus stays inside however far the reader tabs, forwards and back.
    List<String> outside = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      browser.press(Keys.TAB);
      if (!Boolean.TRUE.equals(browser.js("return document.getElementById('nav-drawer')"
          + ".contains(document.activeElement);"))) {
        outside.add((String) browser.js("return document.activeElement.outerHTML.slice(0, 80);"));
      }
    }
    for (int i = 0; i < 10; i++) {
      browser.chord(Keys.SHIFT, Keys.TAB);
      if (!Boolean.TRUE.equals(browser.js("return document.getElementById('nav-drawer')"
          + ".contains(document.activeElement);"))) {
        outside.add((String) browser.js("return document.activeElement.outerHTML.slice(0, 80);"));
      }
    }
    assertEquals(List.of(), outside);
    browser.press(Keys.ESCAPE);
    assertFalse(drawerOpen());
    assertTrue(browser.isFocused(".menu-button"), "focus returns to Menu");
    assertEquals("false", browser.find(".menu-button").getAttribute("aria-expanded"));
    assertEquals(false, browser.js("return document.querySelector('main').inert;"));
  }

  @Test
  void theCloseButtonAndTheBackdropCloseTheDrawer() {
    browser.get(CHAPTER);
    browser.click(".menu-button");
    browser.click(".drawer-close");
    assertFalse(drawerOpen());
    assertTrue(browser.isFocused(".menu-button"));
    browser.click(".menu-button");
    browser.js("document.querySelector('.drawer-backdrop').click();");
    assertFalse(drawerOpen());
  }

  @Test
  void onThisPageIsADropdownThatClosesOnAChoice() {
    browser.get(CHAPTER);
    assertFalse(browser.isVisible(".toc-nav"));
    browser.click(".toc-title");
    assertTrue(browser.isVisible(".toc-nav"));
    browser.click(".toc-nav a[href='#common-mistakes']");
    assertFalse(browser.isVisible(".toc-nav"), "the dropdown closes");
    browser.waitUntil("the heading is at the top", () -> (Boolean) browser.js(
        "var t = document.getElementById('common-mistakes').getBoundingClientRect().top;"
        + "return t > 80 && t < 200;"));
    browser.waitUntil("the bar names the section", () -> "Common mistakes".equals(
        browser.find(".toc-current").getText()));
  }

  /**
   * On every chapter, title, lede and meta line leave the first paragraph within the top 330
   * pixels; and no page, chapter or other, is wider than the screen.
   */
  @Test
  void theFirstParagraphIsOnTheFirstScreenAndNoPageIsWiderThanTheScreen() {
    List<String> chapters = BuiltGuide.chapters();
    assertTrue(chapters.size() >= 20);
    List<String> pages = new ArrayList<>(chapters);
    pages.addAll(List.of("", "concurrency/", "roles/backend/", "tags/gil/", "no-such-page/"));
    List<String> late = new ArrayList<>();
    List<String> wide = new ArrayList<>();
    for (String page : pages) {
      browser.get(page);
      @SuppressWarnings("unchecked")
      List<Number> facts = (List<Number>) browser.js("var p = document.querySelector("
          + "'.chapter .content > p');"
          + "return [p ? p.getBoundingClientRect().top : 0, document.documentElement.scrollWidth];");
      if (chapters.contains(page) && facts.get(0).doubleValue() > 330) {
        late.add(page + " at " + facts.get(0));
      }
      if (facts.get(1).intValue() > 412) {
        wide.add(page + ": " + facts.get(1) + " px");
      }
    }
    assertEquals(List.of(), late, "first paragraphs below 330 px");
    assertEquals(List.of(), wide, "pages wider than 412 px");
  }

  @Test
  void onTouchScreensCopyIsAlwaysVisibleAndTheBreadcrumbsKeepToOneLine() {
    browser.get("production/services-in-production/");
    assertEquals("1", browser.js("return getComputedStyle(document.querySelector("
        + "'.copy-button')).opacity;"));
    assertEquals(true, browser.js("var ol = document.querySelector('.breadcrumbs ol');"
        + "var lines = new Set(Array.from(ol.children).filter(li => li.offsetWidth > 1)"
        + "  .map(li => Math.round(li.getBoundingClientRect().top)));"
        + "return lines.size === 1 && ol.scrollWidth <= ol.clientWidth + 1;"));
  }
}
