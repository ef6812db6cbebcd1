package dev.lectern.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/** The browser harness itself: serving rules, viewport and colour-scheme emulation, keys. */
class BrowserSessionTest {
  private static BrowserSession browser;

  @BeforeAll
  static void open() {
    Map<String, byte[]> site = new TreeMap<>();
    site.put("index.html", html("<title>Home</title><h1>Home</h1>"
        + "<input id=a><input id=b><p id=size></p>"
        + "<script>addEventListener('keydown', e => { if (e.ctrlKey && e.key === 'k') "
        + "document.title = 'ctrl-k'; });</script>"));
    site.put("docs/index.html", html("<title>Docs</title><h1>Docs</h1>"));
    site.put("404.html", html("<title>Not found</title><h1>Missing</h1>"));
    browser = BrowserSession.open(site, "/base/");
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
  }

  private static byte[] html(String body) {
    return ("<!DOCTYPE html><html lang=en><meta charset=utf-8>"
        + "<meta name=viewport content='width=device-width, initial-scale=1'>"
        + "<link rel=icon href='data:,'>" + body + "</html>")
        .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void servesFoldersRedirectsAndTheNotFoundPage() {
    browser.get("");
    assertEquals("Home", browser.driver().getTitle());
    browser.get("docs");
    assertEquals(browser.url("docs/"), browser.driver().getCurrentUrl(), "dir redirects to dir/");
    assertEquals("Docs", browser.driver().getTitle());
    browser.get("nowhere/");
    assertEquals("Not found", browser.driver().getTitle());
    assertEquals(404L, browser.js("return performance.getEntriesByType('navigation')[0]"
        + ".responseStatus;"));
  }

  @Test
  void setsTheViewportAndTheColourScheme() {
    browser.get("");
    browser.viewport(412, 915, true);
    assertEquals(List.of(412L, 915L, true), browser.js("return [innerWidth, innerHeight, "
        + "matchMedia('(hover: none)').matches];"));
    browser.viewport(1400, 900, false).colorScheme("dark");
    assertEquals(List.of(1400L, 900L, true), browser.js("return [innerWidth, innerHeight, "
        + "matchMedia('(prefers-color-scheme: dark)').matches];"));
    browser.colorScheme("light");
    assertEquals(false, browser.js("return matchMedia('(prefers-color-scheme: dark)').matches;"));
  }

  @Test
  void pressesKeysOnTheFocusedElement() {
    browser.get("");
    browser.consoleErrors();
    browser.find("#a").click();
    browser.press(Keys.TAB);
    assertTrue(browser.isFocused("#b"));
    browser.chord(Keys.CONTROL, "k");
    browser.waitUntil("the page saw Ctrl+K", () -> browser.driver().getTitle().equals("ctrl-k"));
    browser.js("console.error('planted')");
    assertEquals(1, browser.consoleErrors().stream().filter(m -> m.contains("planted")).count());
  }
}
