package dev.lectern.config;

import dev.lectern.config.SiteConfig.MarkdownFeature;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.yaml.YamlNode;
import dev.lectern.yaml.YamlNode.YamlList;
import dev.lectern.yaml.YamlNode.YamlMap;
import dev.lectern.yaml.YamlNode.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a list of Markdown extensions as MkDocs' {@code markdown_extensions} writes it: names,
 * or single-key mappings of a name to its settings; a mapping of names to settings is accepted
 * too. Python-Markdown's {@code markdown.extensions.} prefix is dropped from names.
 */
final class MarkdownFeatures {
  private static final String PREFIX = "markdown.extensions.";
  private static final String SHAPE = "write '- admonition' or '- toc:' followed by indented "
      + "settings";

  private MarkdownFeatures() {}

  static List<MarkdownFeature> read(YamlNode value, Diagnostics out) {
    List<MarkdownFeature> features = new ArrayList<>();
    if (value instanceof YamlMap map) {
      map.entries().values().forEach(e -> feature(e, out).ifPresent(features::add));
    } else if (value instanceof YamlList list) {
      for (YamlNode item : list.items()) {
        if (item instanceof YamlScalar s && !s.isNull() && !s.text().isBlank()) {
          features.add(new MarkdownFeature(name(s.text()), s.position(), Optional.empty()));
        } else if (item instanceof YamlMap m && m.entries().size() == 1) {
          feature(m.entries().values().iterator().next(), out).ifPresent(features::add);
        } else {
          out.error(item.position(), "a Markdown extension must be a name or 'name:' with "
              + "settings, not " + item.kind(), SHAPE);
        }
      }
    } else if (!(value instanceof YamlScalar s && s.isNull())) {
      out.error(value.position(), "the Markdown extensions must be a list, not " + value.kind(),
          SHAPE);
    }
    return List.copyOf(features);
  }

  private static Optional<MarkdownFeature> feature(YamlNode.Entry e, Diagnostics out) {
    YamlNode value = e.value();
    if (value instanceof YamlMap settings) {
      return Optional.of(new MarkdownFeature(name(e.key()), e.keyPosition(),
          Optional.of(settings)));
    }
    if (value instanceof YamlScalar s && (s.isNull() || s.text().isBlank())) {
      return Optional.of(new MarkdownFeature(name(e.key()), e.keyPosition(), Optional.empty()));
    }
    out.error(value.position(), "the settings of Markdown extension '" + e.key()
        + "' must be a mapping, not " + value.kind(), SHAPE);
    return Optional.empty();
  }

  private static String name(String written) {
    String name = written.strip();
    return name.startsWith(PREFIX) ? name.substring(PREFIX.length()) : name;
  }
}
