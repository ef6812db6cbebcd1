package dev.lectern.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.pipeline.Build;
import dev.lectern.pipeline.BuildOptions;
import dev.lectern.testing.BrowserSession;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The search dialog in Chromium, on the bundled guide. */
class SearchDialogBrowserTest {
  private static final String CHAPTER = "iteration/generators/";
  private static SortedMap<String, byte[]> site;
  private static BrowserSession browser;

  @BeforeAll
  static void start() {
    site = Build.renderTree(BuildOptions.of(Path.of("").toAbsolutePath()).withoutGitDates())
        .files();
    browser = BrowserSession.open(site, "/lectern/");
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @BeforeEach
  void freshPage() {
    browser.get(CHAPTER).clearStorage().reload();
  }

  private boolean dialogOpen() {
    return Boolean.TRUE.equals(browser.js(
        "const d = document.querySelector('dialog.search-dialog'); return !!d && d.open;"));
  }

  @SuppressWarnings("unchecked")
  private List<String> fetched() {
    return (List<String>) browser.js(
        "return performance.getEntriesByType('resource').map(e => e.name);");
  }

  private void waitForResults() {
    browser.waitUntil("all results are shown", () -> "complete".equals(browser.js(
        "return document.querySelector('dialog.search-dialog').dataset.results;"))
        && !browser.findAll(".search-results [role=option]").isEmpty());
  }

  private void open() {
    browser.chord(Keys.CONTROL, "k");
    browser.waitUntil("the dialog is open", this::dialogOpen);
    browser.waitUntil("the search box has the focus", () -> browser.isFocused(".search-input"));
  }

  @Test
  void showsTheTriggerOnlyWithJavaScriptAndFetchesNothingBeforeFirstUse() {
    String html = new String(site.get(CHAPTER + "index.html"), StandardCharsets.UTF_8);
    assertTrue(html.contains("<button type=\"button\" class=\"search-trigger\" data-search-open "
        + "hidden aria-keyshortcuts=\"Control+K Meta+K /\">"), "hidden without JavaScript");
    WebElement trigger = browser.find("[data-search-open]");
    assertTrue(trigger.isDisplayed(), "search.js shows the trigger");
    assertEquals("Ctrl K", browser.find("[data-search-open] kbd").getText());
    assertTrue(fetched().stream().noneMatch(u -> u.contains("search-engine")
        || u.contains("search-dialog") || u.contains("search.") && u.endsWith(".css")
        || u.contains("/search/")), fetched().toString());

    trigger.click();
    browser.waitUntil("the dialog is open", this::dialogOpen);
    browser.waitUntil("the index manifest is fetched",
        () -> fetched().stream().anyMatch(u -> u.endsWith("/search/manifest.json")));
    assertEquals(List.of(), browser.consoleErrors());
  }

  @Test
  void controlKOpensEscapeClosesAndFocusReturns() {
    browser.js("document.querySelector('.site-title').focus();");
    open();
    assertEquals("20px", browser.js("return getComputedStyle(document.querySelector("
        + "'.search-bar'), '::before').width;"), "the field has its magnifier");
    browser.press(Keys.ESCAPE);
    browser.waitUntil("the dialog is closed", () -> !dialogOpen());
    assertTrue(browser.isFocused(".site-title"), "focus is back where it was");
  }

  @Test
  void slashOpensButNotWhileTypingInAField() {
    browser.js("const i = document.createElement('input'); i.id = 'other';"
        + "document.querySelector('main').prepend(i); i.focus();");
    browser.press("/");
    assertFalse(dialogOpen(), "a slash typed into a field is just a slash");
    assertEquals("/", browser.js("return document.getElementById('other').value;"));
    browser.js("document.activeElement.blur();");
    browser.press("/");
    browser.waitUntil("the dialog is open", this::dialogOpen);
    assertTrue(browser.isFocused(".search-input"));
  }

  @Test
  void typingShowsResultsGroupedByPageWithTheWordsMarked() {
    open();
    browser.press("metaclass");
    waitForResults();
    WebElement first = browser.find(".search-results [role=option]");
    assertTrue(first.getText().startsWith("Metaclasses"), first.getText());
    assertTrue(first.getAttribute("href").endsWith("/lectern/objects/metaclasses/"));
    assertFalse(browser.findAll(".search-results mark").isEmpty(), "query words are marked");
    assertTrue(browser.findAll(".search-results [role=group]").size() >= 2, "grouped by page");
    assertTrue(browser.find(".search-status").getText().matches("\\d+ pages? found.*"),
        browser.find(".search-status").getText());
  }

  @Test
  void arrowKeysChooseAResultAndEnterOpensIt() {
    open();
    browser.press("functools wraps");
    waitForResults();
    browser.press(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
    List<WebElement> options = browser.findAll(".search-results [role=option]");
    assertEquals("true", options.get(1).getAttribute("aria-selected"));
    assertEquals(options.get(1).getAttribute("id"),
        browser.find(".search-input").getAttribute("aria-activedescendant"));
    browser.press(Keys.ARROW_UP);
    assertEquals("true", options.get(0).getAttribute("aria-selected"));
    String target = options.get(0).getAttribute("href");
    browser.press(Keys.ENTER);
    browser.waitUntil("the result opens", () -> browser.driver().getCurrentUrl().equals(target));

    // The search is remembered and offered while the box is empty.
    open();
    browser.waitUntil("recent searches show", () -> !browser.findAll(".search-recent").isEmpty());
    assertEquals("functools wraps", browser.find(".search-recent").getText());
  }

  @Test
  void enterRightAfterTypingOpensTheBestSectionNotJustThePage() {
    open();
    // Typed and entered at once: the titles are shown, the sections not yet fetched; Enter
    // fetches them rather than waiting for the pause, and opens where the words are.
    browser.press("functools wraps", Keys.ENTER);
    browser.waitUntil("a result opens", () -> !browser.driver().getCurrentUrl().endsWith(CHAPTER));
    String url = browser.driver().getCurrentUrl();
    assertTrue(url.contains("#"), url + " is a section of its page");
    assertEquals(List.of(), browser.consoleErrors());
  }

  @Test
  void chipsFilterResultsByLevel() {
    open();
    browser.press("memory");
    waitForResults();
    List<WebElement> levels = browser.findAll(".search-chip[data-kind=level]");
    assertFalse(levels.isEmpty(), "level chips");
    WebElement chip = levels.get(0);
    String label = chip.getText().replaceFirst(" \\d+$", "");
    chip.click();
    browser.waitUntil("the chip is on", () -> "true".equals(
        browser.find(".search-chip[data-kind=level]").getAttribute("aria-pressed")));
    waitForResults();
    for (WebElement meta : browser.findAll(".search-page .search-meta")) {
      assertTrue(meta.getText().contains(label), meta.getText() + " has level " + label);
    }
  }
}
