package dev.lectern.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.pipeline.Build;
import dev.lectern.pipeline.BuildOptions;
import dev.lectern.testing.BrowserSession;
import dev.lectern.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Content tabs in a browser: Material's {@code ===} tabs and Docusaurus' {@code <Tabs>} on one
 * page become WAI-ARIA tab lists, choosing a label selects it in every set, the keyboard moves
 * between tabs, a link into a hidden panel opens it, and the choice is remembered.
 */
class TabsBrowserTest {
  private static final String INSTALL = "topics/install/";
  private static final String UPGRADE = "topics/upgrade/";
  private static BrowserSession browser;

  @BeforeAll
  static void open(@TempDir Path dir) {
    TestSite site = TestSite.minimal(dir)
        .file("content/topics/02-install.md", "---\ntitle: Install\ndescription: How to "
            + "install the client with pip, uv or Poetry, in two tab sets.\n---\n"
            + "## Install\n\n"
            + "=== \"pip\"\n\n    Run `pip install client`.\n\n"
            + "=== \"uv\"\n\n    Run `uv add client`.\n\n"
            + "    ### Lock files {#locking}\n\n    uv writes `uv.lock`.\n\n"
            + "## Upgrade\n\n"
            + "<Tabs>\n<TabItem value=\"pip\" label=\"pip\">\n\nUpgrade with pip.\n\n"
            + "</TabItem>\n<TabItem value=\"uv\" label=\"uv\">\n\nUpgrade with uv.\n\n"
            + "</TabItem>\n<TabItem value=\"poetry\" label=\"Poetry\">\n\nUpgrade with "
            + "Poetry.\n\n</TabItem>\n</Tabs>\n")
        .file("content/topics/03-upgrade.md", "---\ntitle: Upgrade\ndescription: How to "
            + "upgrade the client, with one tab per installer.\n---\n## Steps\n\n"
            + "=== \"pip\"\n\n    `pip install -U client`\n\n"
            + "=== \"uv\"\n\n    `uv lock --upgrade-package client`\n");
    browser = BrowserSession.open(new Build().render(BuildOptions.of(site.root())
        .withoutDiskCache().withoutGitDates()).tree().files(), "/guide/");
    browser.viewport(1400, 900, false);
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
  }

  @BeforeEach
  void forget() {
    browser.get(INSTALL).clearStorage();
  }

  /** The labels of the selected tab of each set on the page, in order. */
  private List<String> selected() {
    return browser.findAll(".tabs [role=tab][aria-selected=true]").stream()
        .map(WebElement::getText).toList();
  }

  private WebElement tab(int set, String label) {
    return browser.findAll(".tabs").get(set).findElements(
            org.openqa.selenium.By.cssSelector("[role=tab]")).stream()
        .filter(t -> t.getText().equals(label)).findFirst().orElseThrow();
  }

  @Test
  void eachSetIsATabListShowingItsFirstPanel() {
    browser.get(INSTALL);
    assertEquals(List.of("pip", "pip"), selected());
    assertEquals(2, browser.findAll(".tabs > [role=tablist]:not([hidden])").size());
    assertTrue(browser.isVisible("#" + tab(0, "pip").getAttribute("aria-controls")));
    assertFalse(browser.isVisible("#" + tab(0, "uv").getAttribute("aria-controls")));
    assertEquals(browser.consoleErrors(), List.of());
  }

  @Test
  void choosingALabelSelectsItInEverySetThatHasIt() {
    browser.get(INSTALL);
    browser.click(tab(1, "uv"));
    assertEquals(List.of("uv", "uv"), selected());
    assertTrue(browser.isVisible("#" + tab(0, "uv").getAttribute("aria-controls")));
    browser.click(tab(1, "Poetry"));
    assertEquals(List.of("uv", "Poetry"), selected(), "a set without the label keeps its tab");
  }

  @Test
  void arrowKeysHomeAndEndMoveBetweenTabs() {
    browser.get(INSTALL);
    browser.click(tab(1, "pip"));
    browser.press(Keys.ARROW_RIGHT);
    assertEquals("uv", browser.focused().getText());
    assertEquals(List.of("uv", "uv"), selected());
    browser.press(Keys.END);
    assertEquals("Poetry", browser.focused().getText());
    browser.press(Keys.ARROW_RIGHT);
    assertEquals("pip", browser.focused().getText(), "the arrows wrap around");
    browser.press(Keys.ARROW_LEFT);
    assertEquals("Poetry", browser.focused().getText());
    browser.press(Keys.HOME);
    assertEquals(List.of("pip", "pip"), selected());
  }

  @Test
  void theChoiceIsRememberedOnTheNextPage() {
    browser.get(INSTALL);
    browser.click(tab(0, "uv"));
    browser.get(UPGRADE);
    assertEquals(List.of("uv"), selected());
  }

  @Test
  void aLinkIntoAHiddenPanelOpensIt() {
    browser.get(UPGRADE).get(INSTALL + "#locking");
    assertEquals("uv", selected().get(0), "arriving from another page");
    assertTrue(browser.isVisible("#locking"));

    browser.click(tab(0, "pip"));
    assertFalse(browser.isVisible("#locking"));
    browser.js("location.hash = ''; location.hash = '#locking';");
    browser.waitUntil("the panel opens on a link within the page",
        () -> browser.isVisible("#locking"));
    assertEquals("uv", selected().get(0));
  }
}
