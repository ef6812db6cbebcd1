package dev.lectern.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
 * Every token colour of the code theme, and the code text colour, keeps a contrast of at least
 * 4.5:1 (WCAG AA) against every background code is shown on, in the light and the dark scheme
 * (the two halves of each {@code light-dark()} colour).
 */
class CodeThemeContrastTest {
  private static final Path CSS = Path.of("assets/css/lectern.css");
  private static final List<String> BACKGROUNDS =
      List.of("--code-bg", "--code-mark-bg", "--code-inserted-bg", "--code-deleted-bg");
  /** {@code --name: #light;} or {@code --name: light-dark(#light, #dark);}. */
  private static final Pattern VARIABLE = Pattern.compile("(--[\\w-]+):\\s*(?:(#[0-9a-fA-F]{6})"
      + "|light-dark\\(\\s*(#[0-9a-fA-F]{6})\\s*,\\s*(#[0-9a-fA-F]{6})\\s*\\))\\s*;");

  @Test
  void everyCodeColourHasEnoughContrastInBothSchemes() throws IOException {
    String css = Files.readString(CSS);
    List<String> failures = new ArrayList<>();
    check("light", variables(css, true), failures);
    check("dark", variables(css, false), failures);
    assertEquals(List.of(), failures);
  }

  @Test
  void everyTokenColourUsedIsDefinedInBothSchemes() throws IOException {
    String css = Files.readString(CSS);
    Map<String, String> light = variables(css, true);
    Map<String, String> darkVars = variables(css, false);
    Matcher used = Pattern.compile("var\\((--(?:tok|code)-[\\w-]+)\\)").matcher(css);
    List<String> missing = new ArrayList<>();
    while (used.find()) {
      if (!light.containsKey(used.group(1)) || !darkVars.containsKey(used.group(1))) {
        missing.add(used.group(1));
      }
    }
    assertEquals(List.of(), missing);
    assertFalse(light.isEmpty());
  }

  private static void check(String scheme, Map<String, String> vars, List<String> failures) {
    vars.forEach((name, colour) -> {
      if (!name.startsWith("--tok-") && !name.equals("--code-fg")) {
        return;
      }
      for (String bg : BACKGROUNDS) {
        double ratio = contrast(colour, vars.get(bg));
        if (ratio < 4.5) {
          failures.add(String.format("%s %s %s on %s: %.2f", scheme, name, colour, bg, ratio));
        }
      }
    });
  }

  /** The colours of the light or the dark scheme, from the first {@code :root} block. */
  private static Map<String, String> variables(String css, boolean light) {
    int root = css.indexOf(":root {");
    String block = css.substring(root, css.indexOf('}', root));
    Map<String, String> vars = new TreeMap<>();
    Matcher m = VARIABLE.matcher(block);
    while (m.find()) {
      vars.putIfAbsent(m.group(1), m.group(2) != null ? m.group(2) : light ? m.group(3)
          : m.group(4));
    }
    return vars;
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
  }
}
