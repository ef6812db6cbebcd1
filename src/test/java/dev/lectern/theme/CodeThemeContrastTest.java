package dev.lectern.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The theme's colours keep a contrast of at least 4.5:1 (WCAG AA) in the light and the dark
 * scheme: every token colour and the code text against every background code is shown on; body
 * and muted text, links and buttons; each callout kind's title on its tinted background; level
 * and difficulty badges. The scheme blocks are read from the stylesheet: the light values in the
 * first {@code :root} block, the dark ones in the {@code prefers-color-scheme: dark} block and in
 * the {@code data-theme="dark"} block, which must be identical (browsers without
 * {@code light-dark()} rely on them).
 */
class CodeThemeContrastTest {
  private static final Path CSS = Path.of("assets/css/lectern.css");
  private static final List<String> CODE_BACKGROUNDS = List.of("--code-bg", "--code-header-bg",
      "--code-mark-bg", "--code-inserted-bg", "--code-deleted-bg");
  private static final List<String> CALLOUTS = List.of("note", "abstract", "info", "tip",
      "important", "success", "question", "warning", "caution", "failure", "danger", "bug",
      "example", "quote");
  /** The share of a callout's colour in its background (color-mix in lectern.css). */
  private static final double CALLOUT_TINT = 0.07;
  private static final double BADGE_TINT = 0.13;
  private static final Pattern VARIABLE = Pattern.compile("(--[\\w-]+):\\s*(#[0-9a-fA-F]{6})\\s*;");
  private static final String DARK_MEDIA = ":root:not([data-theme=\"light\"]) {";
  private static final String DARK_CHOSEN = ":root[data-theme=\"dark\"] {";

  @Test
  void everyCodeColourHasEnoughContrastInBothSchemes() throws IOException {
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, Map<String, String>> scheme : schemes().entrySet()) {
      Map<String, String> vars = scheme.getValue();
      vars.forEach((name, colour) -> {
        if (name.startsWith("--tok-") || name.equals("--code-fg")) {
          for (String bg : CODE_BACKGROUNDS) {
            need(scheme.getKey(), name, colour, bg, vars.get(bg), failures);
          }
        }
      });
      need(scheme.getKey(), "--fg-muted", vars.get("--fg-muted"), "--code-header-bg",
          vars.get("--code-header-bg"), failures);
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void textLinksAndButtonsHaveEnoughContrastInBothSchemes() throws IOException {
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, Map<String, String>> scheme : schemes().entrySet()) {
      Map<String, String> v = scheme.getValue();
      String s = scheme.getKey();
      for (String text : List.of("--fg", "--fg-muted", "--accent", "--ok", "--bad")) {
        for (String bg : List.of("--bg", "--bg-soft", "--bg-mute", "--accent-soft")) {
          need(s, text, v.get(text), bg, v.get(bg), failures);
        }
      }
      need(s, "--accent-fg", v.get("--accent-fg"), "--accent", v.get("--accent"), failures);
      need(s, "--accent-fg", v.get("--accent-fg"), "--accent-hover", v.get("--accent-hover"),
          failures);
      need(s, "--accent-hover", v.get("--accent-hover"), "--bg", v.get("--bg"), failures);
      need(s, "--fg", v.get("--fg"), "--mark", v.get("--mark"), failures);
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void calloutTitlesAndBadgesHaveEnoughContrastOnTheirTints() throws IOException {
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, Map<String, String>> scheme : schemes().entrySet()) {
      Map<String, String> v = scheme.getValue();
      for (String kind : CALLOUTS) {
        String c = v.get("--c-" + kind);
        assertTrue(c != null, "--c-" + kind + " is defined in the " + scheme.getKey() + " scheme");
        need(scheme.getKey(), "--c-" + kind, c, "its callout's tint",
            mix(c, v.get("--bg"), CALLOUT_TINT), failures);
        need(scheme.getKey(), "--fg", v.get("--fg"), "the --c-" + kind + " callout's tint",
            mix(c, v.get("--bg"), CALLOUT_TINT), failures);
      }
      for (String badge : List.of("--level-junior", "--level-mid", "--level-senior",
          "--level-staff", "--ok", "--bad", "--c-warning")) {
        String c = v.get(badge);
        need(scheme.getKey(), badge, c, "its badge's tint", mix(c, v.get("--bg"), BADGE_TINT),
            failures);
        need(scheme.getKey(), badge, c, "--bg-mute", v.get("--bg-mute"), failures);
      }
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void eachCalloutKindHasItsOwnColourAndIcon() throws IOException {
    String css = Files.readString(CSS);
    for (Map.Entry<String, Map<String, String>> scheme : schemes().entrySet()) {
      java.util.Set<String> colours = new java.util.HashSet<>();
      for (String kind : CALLOUTS) {
        colours.add(scheme.getValue().get("--c-" + kind));
      }
      assertEquals(CALLOUTS.size(), colours.size(), "distinct callout colours, " + scheme.getKey());
    }
    for (String kind : CALLOUTS) {
      assertTrue(css.contains(".callout-" + kind + " { --c: var(--c-" + kind + "); --icon: url("),
          "callout-" + kind + " has its colour and an icon");
    }
  }

  @Test
  void darkCodeBlocksStandApartFromThePage() throws IOException {
    Map<String, String> dark = schemes().get("dark");
    assertTrue(contrast(dark.get("--code-bg"), dark.get("--bg")) >= 1.15,
        "dark code background is distinct from the page");
    assertTrue(contrast(dark.get("--code-border"), dark.get("--bg")) >= 1.3, "and has an edge");
  }

  @Test
  void everyColourUsedIsDefinedInBothSchemesAndTheDarkBlocksAgree() throws IOException {
    String css = Files.readString(CSS);
    Map<String, String> darkByMedia = variables(css, DARK_MEDIA);
    Map<String, String> darkByChoice = variables(css, DARK_CHOSEN);
    assertEquals(darkByMedia, darkByChoice, "the two dark blocks differ");
    Map<String, String> light = variables(css, ":root {");
    assertEquals(light.keySet(), darkByChoice.keySet(), "both schemes define the same colours");
    Matcher used = Pattern.compile("var\\((--(?:tok|code|c|level)-[\\w-]+)\\)").matcher(css);
    List<String> missing = new ArrayList<>();
    while (used.find()) {
      if (!light.containsKey(used.group(1))) {
        missing.add(used.group(1));
      }
    }
    assertEquals(List.of(), missing);
    assertFalse(light.isEmpty());
    assertFalse(css.replaceAll("(?s)/\\*.*?\\*/", "").contains("light-dark("),
        "colours must work in browsers without light-dark()");
  }

  private static Map<String, Map<String, String>> schemes() throws IOException {
    String css = Files.readString(CSS);
    Map<String, Map<String, String>> schemes = new TreeMap<>();
    schemes.put("light", variables(css, ":root {"));
    schemes.put("dark", variables(css, DARK_CHOSEN));
    return schemes;
  }

  private static void need(String scheme, String name, String colour, String bgName, String bg,
      List<String> failures) {
    double ratio = contrast(colour, bg);
    if (ratio < 4.5) {
      failures.add(String.format("%s %s %s on %s %s: %.2f", scheme, name, colour, bgName, bg,
          ratio));
    }
  }

  /** The hex colours of the first block that starts with {@code opening}. */
  private static Map<String, String> variables(String css, String opening) {
    int start = css.indexOf(opening);
    assertTrue(start >= 0, "no block " + opening);
    String block = css.substring(start, css.indexOf('}', start));
    Map<String, String> vars = new TreeMap<>();
    Matcher m = VARIABLE.matcher(block);
    while (m.find()) {
      vars.putIfAbsent(m.group(1), m.group(2).toLowerCase(java.util.Locale.ROOT));
    }
    return vars;
  }

  /** {@code color-mix(in srgb, c share, bg)}. */
  static String mix(String c, String bg, double share) {
    StringBuilder out = new StringBuilder("#");
    for (int i = 0; i < 3; i++) {
      int a = Integer.parseInt(c.substring(1 + 2 * i, 3 + 2 * i), 16);
      int b = Integer.parseInt(bg.substring(1 + 2 * i, 3 + 2 * i), 16);
      out.append(String.format("%02x", Math.round(a * share + b * (1 - share))));
    }
    return out.toString();
  }

  static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(String hex) {
    double[] c = new double[3];
    for (int i = 0; i < 3; i++) {
      double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
      c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }

  @Test
  void contrastMatchesTheWcagFormula() {
    assertEquals(21.0, contrast("#000000", "#ffffff"), 1e-9);
    assertEquals(1.0, contrast("#777777", "#777777"), 1e-9);
    assertEquals("#808080", mix("#ffffff", "#000000", 0.5025));
  }
}
