package dev.lectern.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.testing.BrowserSession;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** Code blocks in a browser: Copy, its visibility, the header, font sizes. */
class CodeBlockBrowserTest {
  private static final String PAGE = "concurrency/gil/";
  private static BrowserSession browser;

  @BeforeAll
  static void open() {
    browser = BuiltGuide.browser();
    browser.viewport(1400, 900, false).grantClipboard();
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
  }

  private String clipboard() {
    return (String) browser.jsAsync("var done = arguments[0];"
        + "navigator.clipboard.readText().then(done, e => done('failed: ' + e));");
  }

  private double opacity(WebElement e) {
    return Double.parseDouble((String) browser.js(
        "return getComputedStyle(arguments[0]).opacity;", e));
  }

  @Test
  void copyPutsTheCodeOnTheClipboardAndSaysSo() {
    browser.get(PAGE);
    WebElement block = browser.find(".content .code-block:has(pre.language-python)");
    WebElement button = block.findElement(By.cssSelector(".copy-button"));
    new Actions(browser.driver()).moveToElement(block).perform();
    browser.click(button);
    browser.waitUntil("the button says Copied", () -> "Copied".equals(
        browser.js("return arguments[0].textContent;", button)));
    String code = (String) browser.js("return arguments[0].querySelector('pre code').textContent"
        + ".replace(/\\n$/, '');", block);
    assertEquals(code, clipboard());
    assertEquals("Copied", button.getAttribute("aria-label"));
    browser.waitUntil("the copy status is announced", () -> "Copied to the clipboard".equals(
        browser.js("var s = document.querySelector('.copy-status');"
            + "return s && s.textContent;")));
  }

  @Test
  void copyingASessionTakesOnlyTheCommands() {
    browser.get(PAGE);
    WebElement block = browser.find(".content .code-block:has(pre.language-pycon)");
    WebElement button = block.findElement(By.cssSelector(".copy-button"));
    new Actions(browser.driver()).moveToElement(block).perform();
    browser.click(button);
    browser.waitUntil("copied", () -> "Copied".equals(
        browser.js("return arguments[0].textContent;", button)));
    String copied = clipboard();
    assertTrue(copied.startsWith("import sys\nx = []"), copied);
    assertTrue(!copied.contains(">>>"), copied);
  }

  @Test
  void theButtonShowsOnHoverAndOnKeyboardFocusOnly() {
    browser.get(PAGE);
    new Actions(browser.driver()).moveToLocation(5, 5).perform();
    WebElement block = browser.find(".content .code-block");
    WebElement button = block.findElement(By.cssSelector(".copy-button"));
    browser.js("arguments[0].scrollIntoView({block: 'center'});", block);
    assertEquals(0.0, opacity(button), "hidden while the block is not hovered");
    new Actions(browser.driver()).moveToElement(block).perform();
    assertEquals(1.0, opacity(button), "shown on hover");
    new Actions(browser.driver()).moveToLocation(5, 5).perform();
    // Keyboard: from the code's scroll area back to the button before it.
    browser.js("arguments[0].focus();", block.findElement(By.tagName("pre")));
    browser.chord(Keys.SHIFT, Keys.TAB);
    assertTrue(browser.isFocused(".content .code-block .copy-button"),
        (String) browser.js("return document.activeElement.outerHTML.slice(0, 100);"));
    assertEquals(1.0, opacity(button), "shown on keyboard focus");
  }

  @Test
  void everyBlockHasALanguageLabelAndLegibleCode() {
    browser.get(PAGE);
    @SuppressWarnings("unchecked")
    List<Object> facts = (List<Object>) browser.js(
        "var blocks = document.querySelectorAll('.content .code-block');"
        + "var labelled = Array.from(blocks).every(b => b.querySelector('.code-header .code-lang')"
        + "  .textContent.trim().length > 0);"
        + "var block = parseFloat(getComputedStyle(document.querySelector('.content pre code'))"
        + "  .fontSize);"
        + "var inline = parseFloat(getComputedStyle(document.querySelector('.content p code'))"
        + "  .fontSize);"
        + "return [blocks.length > 3, labelled, block >= 14, block >= inline];");
    assertEquals(List.of(true, true, true, true), facts);
  }
}
