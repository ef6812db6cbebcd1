package dev.lectern.content;

import dev.lectern.content.FolderSettings.Landing;
import dev.lectern.content.PageOptions.Written;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.diagnostic.Suggestions;
import dev.lectern.yaml.YamlFields;
import dev.lectern.yaml.YamlNode;
import dev.lectern.yaml.YamlNode.YamlMap;
import dev.lectern.yaml.YamlReader;
import java.util.List;
import java.util.Optional;

/**
 * Reads Docusaurus category files: {@code _category_.json}, {@code _category_.yml} or
 * {@code _category_.yaml} in a folder. Keys Lectern has no use for ({@code className},
 * {@code customProps}, …) are ignored; a key one edit away from a known one gets a warning.
 */
final class CategoryFiles {
  /** The names of a category file, in order of precedence. */
  static final List<String> NAMES = List.of("_category_.json", "_category_.yml",
      "_category_.yaml");
  private static final List<String> KEYS = List.of("label", "position", "collapsed",
      "collapsible", "className", "link", "customProps", "key", "description");

  private CategoryFiles() {}

  /** The settings in {@code text}, the file {@code file}; empty when it has errors (reported). */
  static Optional<FolderSettings> read(String file, String text, Diagnostics out) {
    Diagnostics local = new Diagnostics();
    Optional<YamlNode> root = file.endsWith(".json") ? YamlReader.readJson(text, file, local)
        : YamlReader.read(text, file, 1, local);
    Optional<FolderSettings> settings = root
        .flatMap(node -> YamlFields.asMap(node, file, local))
        .map(map -> settings(file, map, local));
    local.sorted().forEach(out::add);
    return local.hasErrors() ? Optional.empty()
        : settings.or(() -> Optional.of(new FolderSettings(file, Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty())));
  }

  private static FolderSettings settings(String file, YamlMap map, Diagnostics out) {
    map.entries().values().forEach(e -> {
      if (!KEYS.contains(e.key())) {
        Suggestions.oneEditAway(e.key(), KEYS).ifPresent(k -> out.warning(e.keyPosition(),
            "unknown key '" + e.key() + "' in " + file + "; ignored", "did you mean '" + k
                + "'?"));
      }
    });
    YamlFields f = new YamlFields(map, map.entries().keySet(), out, file);
    Optional<Double> position = f.rawEntry("position")
        .flatMap(e -> new FrontMatterField(e, out).number());
    return new FolderSettings(file, f.text("label"), position, f.bool("collapsed"),
        f.map("link").map(link -> landing(link, out)));
  }

  /** {@code {type: generated-index, title, description, slug}} or {@code {type: doc, id}}. */
  private static Landing landing(YamlMap link, Diagnostics out) {
    YamlFields f = new YamlFields(link, link.entries().keySet(), out, "'link'");
    Optional<Written> page = f.rawEntry("id").filter(e -> f.text("type").orElse("doc")
        .equals("doc")).flatMap(e -> f.text("id").map(id -> new Written(id,
            e.value().position())));
    return new Landing(page, f.text("title"), f.text("description"), f.text("slug"));
  }
}
