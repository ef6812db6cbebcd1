package dev.lectern.markdown.math;

import dev.lectern.api.DataKey;
import dev.lectern.api.LecternExtension;
import dev.lectern.api.Registry;
import dev.lectern.markdown.VendoredFiles;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Math, as an extension: {@code $…$}, {@code $$…$$}, {@code \(…\)}, {@code \[…\]} and
 * {@code math} fences, typeset in the browser by KaTeX 0.19.1, vendored from its npm package
 * ({@code katex.min.js}, {@code katex-swap.min.css} and its WOFF2 fonts, MIT licence beside
 * them). KaTeX is published only if some page has math, and loaded only by those pages. It is
 * not run at build time: no JavaScript engine that runs on Java 17 runs it well (see the
 * README). See {@code math-spec.txt}.
 */
public final class Maths implements LecternExtension {
  /** The number of math elements of a page, for pages that have any. */
  public static final DataKey<Integer> COUNT = DataKey.of("math.count", Integer.class);

  static final String KATEX = "katex-0.19.1.min.js";
  static final String CSS = "katex-0.19.1.min.css";
  static final String LICENCE = "katex-0.19.1.LICENSE.txt";
  static final String SCRIPT = "math.js";
  private static final String FOLDER = "/dev/lectern/markdown/math/vendor";
  private static final String FONTS = "katex-0.19.1-fonts/";
  private static final Pattern FONT = Pattern.compile("url\\(fonts/([A-Za-z0-9_-]+\\.woff2)\\)");

  private static volatile VendoredFiles files;

  /** The vendored files, read once per process. */
  static VendoredFiles files() {
    if (files == null) {
      Map<String, byte[]> all = new LinkedHashMap<>();
      for (String name : List.of(KATEX, LICENCE, SCRIPT)) {
        all.put(name, VendoredFiles.read(Maths.class, FOLDER + "/" + name));
      }
      // The stylesheet names its fonts; only the WOFF2 ones are shipped (every browser that
      // runs KaTeX reads them), in a folder named after the version.
      String css = new String(VendoredFiles.read(Maths.class, FOLDER + "/" + CSS),
          StandardCharsets.UTF_8);
      Matcher font = FONT.matcher(css);
      while (font.find()) {
        all.put(FONTS + font.group(1),
            VendoredFiles.read(Maths.class, FOLDER + "/fonts/" + font.group(1)));
      }
      all.put(CSS, css.replace("url(fonts/", "url(" + FONTS).getBytes(StandardCharsets.UTF_8));
      files = new VendoredFiles(all);
    }
    return files;
  }

  @Override
  public String name() {
    return "math";
  }

  @Override
  public void register(Registry registry) {
    // The Python-Markdown names of this syntax, as MkDocs' markdown_extensions lists them.
    registry.markdownExtension("pymdownx.arithmatex");
    registry.markdown(MathExtension.create());
    registry.pageProcessor(new MathProcessor());
    registry.nodeRenderer(MathRenderer::new);
    registry.outputFiles(site -> site.pages().stream().map(page -> page.data(COUNT))
        .anyMatch(Optional::isPresent) ? files().files() : Map.of());
  }
}
