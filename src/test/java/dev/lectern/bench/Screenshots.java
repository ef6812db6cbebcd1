package dev.lectern.bench;

import dev.lectern.testing.BrowserSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Screenshots of a built site at a desktop (1400×900) and a phone (412×915, touch) viewport, in
 * the light and the dark colour scheme. Not a test; {@code bench/screenshots} runs it.
 *
 * <p>Arguments: {@code SITE_DIR BASE_PATH OUT_DIR SHOT...}, where each shot is
 * {@code name=path} or {@code name=path@selector}: the page at {@code path} (relative to the
 * base path), scrolled so that the first element matching {@code selector} is near the top.
 */
public final class Screenshots {
  private static final int[][] VIEWPORTS = {{1400, 900}, {412, 915}};

  private Screenshots() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 4) {
      System.err.println("usage: Screenshots SITE_DIR BASE_PATH OUT_DIR name=path[@selector]...");
      System.exit(2);
    }
    Path site = Path.of(args[0]).toAbsolutePath().normalize();
    Path out = Files.createDirectories(Path.of(args[2]));
    List<String[]> shots = new ArrayList<>();
    for (int i = 3; i < args.length; i++) {
      String[] nameAndPath = args[i].split("=", 2);
      String[] pathAndSelector = nameAndPath[1].split("@", 2);
      shots.add(new String[] {nameAndPath[0], pathAndSelector[0],
          pathAndSelector.length > 1 ? pathAndSelector[1] : ""});
    }
    try (BrowserSession browser = BrowserSession.open(site, args[1])) {
      for (int[] size : VIEWPORTS) {
        boolean phone = size[0] < 600;
        for (String scheme : List.of("light", "dark")) {
          browser.viewport(size[0], size[1], phone).colorScheme(scheme);
          for (String[] shot : shots) {
            browser.get(shot[1]);
            scroll(browser, shot[2]);
            Path png = out.resolve(shot[0] + "-" + size[0] + "x" + size[1] + "-" + scheme + ".png");
            Files.write(png, browser.screenshot());
            System.out.println(png);
          }
        }
      }
    }
  }

  /** Scrolls the element to just below the sticky header, with a little context above it. */
  private static void scroll(BrowserSession browser, String selector) {
    browser.js("document.documentElement.style.scrollBehavior = 'auto';");
    if (!selector.isEmpty()) {
      browser.js("var e = document.querySelector(arguments[0]);"
          + "if (e) window.scrollTo(0, e.getBoundingClientRect().top + scrollY - 120);", selector);
    }
    // Let lazy work (the table of contents' marking, fonts) settle before the picture.
    browser.jsAsync("var done = arguments[0]; requestAnimationFrame(() => "
        + "requestAnimationFrame(() => setTimeout(done, 150)));");
  }
}
