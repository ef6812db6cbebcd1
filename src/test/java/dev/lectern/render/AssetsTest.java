package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AssetsTest {
  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String published(Assets assets, String name) {
    return assets.find(name).orElseThrow().outputPath();
  }

  @Test
  void namesCarryAHashOfTheContentBeforeTheExtension() {
    Assets a = Assets.ofSources(Map.of("js/app.js", utf8("one"), "LICENSE", utf8("x")));
    assertTrue(published(a, "js/app.js").matches("assets/js/app\\.[0-9a-f]{10}\\.js"),
        published(a, "js/app.js"));
    assertTrue(published(a, "LICENSE").matches("assets/LICENSE\\.[0-9a-f]{10}"));
    Assets same = Assets.ofSources(Map.of("js/app.js", utf8("one")));
    Assets changed = Assets.ofSources(Map.of("js/app.js", utf8("two")));
    assertEquals(published(a, "js/app.js"), published(same, "js/app.js"));
    assertNotEquals(published(a, "js/app.js"), published(changed, "js/app.js"));
  }

  @Test
  void stylesheetsPointAtTheFingerprintedNamesOfWhatTheyUse() {
    Assets a = Assets.ofSources(Map.of(
        "img/logo.svg", utf8("<svg/>"),
        "fonts/a.woff2", utf8("font"),
        "css/site.css", utf8("h1{background:url(../img/logo.svg)}"
            + "@font-face{src:url('../fonts/a.woff2') format('woff2')}"
            + "p{background:url(data:image/png;base64,AA==)}a{background:url(/abs.png)}"
            + "b{background:url(\"../img/missing.png\")}")));
    String logo = published(a, "img/logo.svg").substring("assets/img/".length());
    String font = published(a, "fonts/a.woff2").substring("assets/fonts/".length());
    String css = new String(a.find("css/site.css").orElseThrow().bytes(), StandardCharsets.UTF_8);
    assertEquals("h1{background:url(../img/" + logo + ")}"
        + "@font-face{src:url('../fonts/" + font + "') format('woff2')}"
        + "p{background:url(data:image/png;base64,AA==)}a{background:url(/abs.png)}"
        + "b{background:url(\"../img/missing.png\")}", css);
  }

  @Test
  void resolvesRelativeReferencesOnly() {
    assertEquals(Optional.of("img/a.png"), Assets.resolve("css/", "../img/a.png"));
    assertEquals(Optional.of("css/a.png"), Assets.resolve("css/", "./a.png"));
    assertEquals(Optional.empty(), Assets.resolve("css/", "../../a.png"));
    assertEquals(Optional.empty(), Assets.resolve("css/", "https://x.org/a.png"));
    assertEquals(Optional.empty(), Assets.resolve("css/", "/a.png"));
  }
}
