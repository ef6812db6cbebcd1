package dev.lectern.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.testing.BrowserSession;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The colour theme switch: three states (system, light, dark), each remembered across a reload
 * and shown in the radios' state; the page's colours follow.
 */
class ThemeSwitchBrowserTest {
  private static final String PAGE = "iteration/generators/";
  private static final String WHITE = "rgb(255, 255, 255)";
  private static final String DARK = "rgb(15, 18, 23)";
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
  void systemPreference() {
    browser.viewport(1400, 900, false).colorScheme("light").get(PAGE).clearStorage().reload();
  }

  private String background() {
    return (String) browser.js("return getComputedStyle(document.body).backgroundColor;");
  }

  private String chosen() {
    return (String) browser.js("var r = document.querySelector('.theme-switch input:checked');"
        + "return r && r.value;");
  }

  private void choose(String value) {
    browser.click(".theme-option input[value=" + value + "]");
  }

  @Test
  void followsTheSystemUntilTheReaderChooses() {
    assertEquals("system", chosen());
    assertNull(browser.js("return document.documentElement.getAttribute('data-theme');"));
    assertEquals(WHITE, background());
    browser.colorScheme("dark");
    assertEquals(DARK, background(), "no light-dark(): the dark values apply under the media query");
    browser.reload();
    assertEquals("system", chosen());
    assertEquals(DARK, background());
  }

  @Test
  void eachChoiceSurvivesAReload() {
    choose("dark");
    assertEquals(DARK, background());
    assertEquals("dark", browser.js("return localStorage.getItem('lectern-theme');"));
    browser.reload();
    assertEquals("dark", chosen());
    assertEquals(DARK, background());

    browser.colorScheme("dark");
    choose("light");
    assertEquals(WHITE, background(), "light wins over a dark system");
    browser.reload();
    assertEquals("light", chosen());
    assertEquals(WHITE, background());

    choose("system");
    assertEquals(DARK, background(), "back to following the (dark) system");
    assertNull(browser.js("return localStorage.getItem('lectern-theme');"));
    browser.reload();
    assertEquals("system", chosen());
    assertEquals(DARK, background());
  }

  @Test
  void theSwitchIsANamedGroupOfRadiosShowingTheChoice() {
    choose("dark");
    @SuppressWarnings("unchecked")
    List<Object> state = (List<Object>) browser.js(
        "var group = document.querySelector('.theme-switch');"
        + "var names = Array.from(group.querySelectorAll('label')).map(l => l.textContent.trim());"
        + "var marked = Array.from(group.querySelectorAll('.theme-option')).map("
        + "  o => getComputedStyle(o).backgroundColor !== 'rgba(0, 0, 0, 0)');"
        + "return [group.querySelector('legend').textContent, names.join(','), marked.join(','),"
        + "  group.querySelectorAll('input:checked').length];");
    assertEquals(List.of("Colour theme", "System,Light,Dark", "false,false,true", 1L), state);
  }

  /** No flash: the stored choice is applied by a blocking script before the stylesheet. */
  @Test
  void theStoredChoiceIsAppliedBeforeTheFirstPaint() {
    Document page = Jsoup.parse(new String(BuiltGuide.files().get(PAGE + "index.html"),
        StandardCharsets.UTF_8));
    Element inline = page.head().select("script:not([src]):not([type])").first();
    Element style = page.head().selectFirst("link[rel=stylesheet]");
    assertTrue(inline != null && inline.data().contains("lectern-theme"), "the inline script");
    assertTrue(inline.elementSiblingIndex() < style.elementSiblingIndex(),
        "it runs before the stylesheet is applied");
    choose("dark");
    // A new page starts dark: its first frame already has the attribute.
    browser.get("");
    assertEquals("dark", browser.js("return document.documentElement.dataset.theme;"));
    assertEquals(DARK, background());
  }
}
