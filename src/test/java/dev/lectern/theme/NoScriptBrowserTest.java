package dev.lectern.theme;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.testing.BrowserSession;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Without JavaScript everything stays usable: navigation, contents, quiz answers, FAQ. */
class NoScriptBrowserTest {
  private static final String CHAPTER = "concurrency/gil/";
  private static BrowserSession browser;

  @BeforeAll
  static void open() {
    browser = BuiltGuide.browser();
    browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled",
        Map.of("value", true));
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

  @Test
  void onAPhoneMenuLeadsToTheNavigationAndTheContentsOpen() {
    browser.viewport(412, 915, true).get(CHAPTER);
    assertFalse(shown(".menu-button"), "the drawer needs the script");
    assertFalse(shown(".theme-switch"), "the theme switch needs the script");
    assertFalse(shown(".search-trigger"), "search needs the script");
    browser.click(".menu-link");
    assertTrue(browser.driver().getCurrentUrl().endsWith("#site-nav"));
    assertTrue(shown(".site-nav [aria-current=page]"));
    browser.get(CHAPTER);
    browser.click(".toc-title");
    assertTrue(shown(".toc-nav a"), "On this page opens");
  }

  @Test
  void quizAnswersAndFaqAnswersOpen() {
    browser.viewport(1400, 900, false).get(CHAPTER);
    assertTrue(shown(".toc-nav a"), "the contents column is shown");
    assertFalse(shown(".quiz-check"));
    assertFalse(shown(".quiz-solution"));
    browser.click(".quiz-answer summary");
    assertTrue(shown(".quiz-solution"), "Show answer opens the answer");
    assertFalse(shown(".faq-answer"));
    browser.click(".faq-summary");
    assertTrue(shown(".faq-answer"));
  }
}
