package dev.lectern.content;

import dev.lectern.config.SiteConfig;
import dev.lectern.content.FrontMatterKeys.Key;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.diagnostic.SourcePosition;
import dev.lectern.diagnostic.Suggestions;
import dev.lectern.yaml.PlainValues;
import dev.lectern.yaml.YamlFields;
import dev.lectern.yaml.YamlNode;
import dev.lectern.yaml.YamlNode.YamlMap;
import dev.lectern.yaml.YamlReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Splits a Markdown file into its optional YAML front matter and its body and reads the front
 * matter into a {@link FrontMatter}, reporting every problem with its line and column. Keys of
 * other tools mean what {@link FrontMatterKeys} says; any other key is kept for templates, with a
 * warning when it looks like a typo of a known one.
 */
public final class FrontMatterReader {
  private final SiteConfig config;

  public FrontMatterReader(SiteConfig config) {
    this.config = config;
  }

  /** The file split and read; empty when its front matter has errors (reported). */
  public Optional<SourcePage> read(String contentPath, String file, String text, Diagnostics out) {
    Optional<FrontMatterBlock> split = FrontMatterBlock.split(text);
    if (split.isEmpty()) {
      out.error(new SourcePosition(file, 1, 1), "front matter is never closed",
          text.startsWith("+++") ? "end the TOML front matter with a line +++"
              : "end the front matter with a line of three dashes: ---");
      return Optional.empty();
    }
    FrontMatterBlock block = split.get();
    Diagnostics local = new Diagnostics();
    SourcePosition start = new SourcePosition(file, 1, 1);
    YamlMap map = (block.toml()
        ? YamlReader.readToml(block.yaml(), file, FrontMatterBlock.YAML_FIRST_LINE, local)
        : YamlReader.read(block.yaml(), file, FrontMatterBlock.YAML_FIRST_LINE, local))
        .flatMap(node -> YamlFields.asMap(node, "front matter", local))
        .orElse(new YamlMap(start, Map.of()));
    FrontMatter meta = local.hasErrors() ? null
        : bind(map, contentPath, block.present(), local);
    local.sorted().forEach(out::add);
    return local.hasErrors() ? Optional.empty()
        : Optional.of(new SourcePage(contentPath, file, PageKind.of(contentPath), meta,
            block.body()));
  }

  private FrontMatter bind(YamlMap map, String contentPath, boolean present, Diagnostics out) {
    FrontMatterDraft draft = new FrontMatterDraft();
    var context = new FrontMatterReaders.Context(
        config.roles().stream().map(SiteConfig.Role::id).toList(), out);
    // Other tools' keys first: where Lectern's own key says the same, it wins.
    for (YamlNode.Entry e : map.entries().values()) {
      Optional<Key> key = FrontMatterKeys.of(e.key());
      if (key.isEmpty() || !key.get().lecterns()) {
        draft.params.put(e.key(), PlainValues.of(e.value()));
      }
      if (key.isPresent() && !key.get().lecterns()) {
        key.get().reader().read(new FrontMatterField(e, out), draft, context);
      } else if (key.isEmpty()) {
        typo(e, out);
      }
    }
    for (YamlNode.Entry e : map.entries().values()) {
      FrontMatterKeys.of(e.key()).filter(Key::lecterns).ifPresent(key ->
          key.reader().read(new FrontMatterField(e, out), draft, context));
    }
    FrontMatter meta = draft.build();
    if (present) {
      describe(meta, map, contentPath, out);
    }
    return meta;
  }

  /** A key one edit away from a known one is probably a typo: kept, with a warning. */
  private static void typo(YamlNode.Entry e, Diagnostics out) {
    List<String> known = FrontMatterKeys.all().stream().map(Key::name).toList();
    Suggestions.oneEditAway(e.key(), known).ifPresent(k -> out.warning(e.keyPosition(),
        "unknown key '" + e.key() + "' in front matter (kept for templates as page.params."
            + e.key() + ")", "did you mean '" + k + "'?"));
  }

  /** Chapters whose front matter gives too short a description get a warning. */
  private void describe(FrontMatter meta, YamlMap map, String contentPath, Diagnostics out) {
    int min = config.minDescriptionLength();
    String description = meta.description();
    if (PageKind.of(contentPath) == PageKind.PAGE && !meta.draft() && description.length() < min) {
      YamlNode.Entry entry = map.entries().get("description");
      out.warning(entry != null ? entry.keyPosition() : map.position(),
          description.isEmpty() ? "the chapter has no description"
              : "the description is short (" + description.length() + " characters)",
          "write " + min + "–160 characters: search results show it under the title");
    }
  }
}
