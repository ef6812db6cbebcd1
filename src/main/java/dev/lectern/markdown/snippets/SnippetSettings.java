package dev.lectern.markdown.snippets;

import dev.lectern.api.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The snippets extension's settings in {@code site.yml}: {@code base_path}, the folders of the
 * site (relative to its folder) where included paths are looked for after the page's own
 * folder; by default the site's folder alone, as pymdownx.snippets does.
 *
 * <pre>snippets:
 *   base_path: [".", "docs_src"]</pre>
 *
 * @param basePaths the folders, "" standing for the site's folder
 */
record SnippetSettings(List<String> basePaths) {
  static final SnippetSettings DEFAULT = new SnippetSettings(List.of(""));

  /** The settings read from {@code settings}; problems are reported at their place. */
  /**
   * @param strict true for Lectern's own settings (any key but base_path is an error); false for
   *     pymdownx.snippets' settings in mkdocs.yml, whose other keys Lectern has no use for
   */
  static SnippetSettings read(Settings settings, boolean strict) {
    if (strict) {
      settings.allowOnly(Set.of("base_path"));
    }
    if (!settings.keys().contains("base_path")) {
      return DEFAULT;
    }
    List<String> folders = new ArrayList<>();
    for (String written : settings.textList("base_path")) {
      String path = written.strip();
      if (path.equals(".") || path.equals("./") || path.isEmpty()) {
        folders.add("");
      } else if (path.startsWith("/") || path.matches("[A-Za-z]:[\\\\/].*")) {
        settings.error("base_path", "base_path '" + written + "' is absolute",
            "write the folder relative to the site's folder, e.g. base_path: [\".\", docs_src]");
      } else {
        SnippetFiles.join("", path).ifPresentOrElse(folders::add, () -> settings.error(
            "base_path", "base_path '" + written + "' leaves the site's folder",
            "included files must be inside the site; move them in"));
      }
    }
    return new SnippetSettings(List.copyOf(folders));
  }
}
