package dev.lectern.content;

import dev.lectern.config.SiteConfig;
import dev.lectern.content.FrontMatter.RolePriority;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.diagnostic.SourcePosition;
import dev.lectern.diagnostic.Suggestions;
import dev.lectern.yaml.YamlFields;
import dev.lectern.yaml.YamlFields.Scalar;
import dev.lectern.yaml.YamlNode;
import dev.lectern.yaml.YamlNode.YamlMap;
import dev.lectern.yaml.YamlNode.YamlScalar;
import dev.lectern.yaml.YamlReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a Markdown file into YAML front matter and body and reads the front matter into a
 * {@link FrontMatter}, reporting every problem with its line and column.
 */
public final class FrontMatterReader {
  private static final Pattern BLOCK =
      Pattern.compile("\\A---[ \\t]*\\n(.*?\\n)?(?:---|\\.\\.\\.)[ \\t]*(?:\\n|\\z)", Pattern.DOTALL);
  private static final Pattern SLUG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*");
  private static final Set<String> KEYS = Set.of("title", "description", "slug", "weight", "draft",
      "tags", "date", "updated", "level", "roles", "related", "search");

  private final SiteConfig config;

  public FrontMatterReader(SiteConfig config) {
    this.config = config;
  }

  /** The file split and read; empty when its front matter has errors (reported). */
  public Optional<SourcePage> read(String contentPath, String file, String text, Diagnostics out) {
    Matcher m = BLOCK.matcher(text);
    if (!m.find()) {
      boolean opened = text.startsWith("---\n") || text.startsWith("---\r");
      out.error(new SourcePosition(file, 1, 1),
          opened ? "front matter is never closed" : "missing front matter",
          opened ? "end the front matter with a line of three dashes: ---"
              : "start the file with a YAML block between '---' lines that sets at least 'title'");
      return Optional.empty();
    }
    String yaml = m.group(1) == null ? "" : m.group(1);
    String body = "\n".repeat(countLines(m.group())) + text.substring(m.end());
    Diagnostics local = new Diagnostics();
    YamlMap map = YamlReader.read(yaml, file, 2, local)
        .flatMap(node -> YamlFields.asMap(node, "front matter", local))
        .orElse(new YamlMap(new SourcePosition(file, 1, 1), java.util.Map.of()));
    FrontMatter meta = local.hasErrors() ? null : bind(map, contentPath, local);
    local.sorted().forEach(out::add);
    return local.hasErrors() ? Optional.empty()
        : Optional.of(new SourcePage(contentPath, file, PageKind.of(contentPath), meta, body));
  }

  private FrontMatter bind(YamlMap map, String contentPath, Diagnostics out) {
    YamlFields f = new YamlFields(map, KEYS, out, "front matter");
    String title = f.requiredText("title", "every page needs a title, e.g. title: Generators");
    Optional<String> slug = f.text("slug");
    slug.filter(s -> !SLUG.matcher(s).matches()).ifPresent(s -> out.error(
        f.entry("slug").get().value().position(), "slug '" + s + "' is not a valid URL segment",
        "use letters, digits, '-', '_' and '.', e.g. slug: generators"));
    String description = f.text("description").orElse("");
    boolean draft = f.bool("draft").orElse(false);
    int min = config.minDescriptionLength();
    if (PageKind.of(contentPath) == PageKind.PAGE && !draft && description.length() < min) {
      out.warning(f.entry("description").map(YamlNode.Entry::keyPosition).orElse(f.position()),
          description.isEmpty() ? "the chapter has no description"
              : "the description is short (" + description.length() + " characters)",
          "write " + min + "–160 characters: search results show it under the title");
    }
    return new FrontMatter(title, description, slug, f.integer("weight"),
        draft, f.textList("tags").stream().map(Scalar::text).toList(),
        f.date("date"), f.date("updated"), level(f, out), roles(f, out),
        related(f), searchCode(f, out));
  }

  private static Optional<Level> level(YamlFields f, Diagnostics out) {
    return f.text("level").flatMap(text -> {
      if (Level.ids().contains(text)) {
        return Optional.of(Level.valueOf(text.toUpperCase(java.util.Locale.ROOT)));
      }
      out.error(f.entry("level").get().value().position(), "unknown level '" + text + "'",
          Suggestions.didYouMean(text, Level.ids()));
      return Optional.empty();
    });
  }

  private List<RolePriority> roles(YamlFields f, Diagnostics out) {
    List<RolePriority> roles = new ArrayList<>();
    List<String> declared = config.roles().stream().map(SiteConfig.Role::id).toList();
    f.map("roles").ifPresent(map -> map.entries().values().forEach(e -> {
      if (!declared.contains(e.key())) {
        out.error(e.keyPosition(), "role '" + e.key() + "' is not declared in site.yml",
            declared.isEmpty() ? "declare it under 'roles:' in site.yml"
                : Suggestions.didYouMean(e.key(), declared));
        return;
      }
      priority(e.key(), e.value(), out).ifPresent(p -> roles.add(new RolePriority(e.key(), p)));
    }));
    return List.copyOf(roles);
  }

  private static Optional<Integer> priority(String role, YamlNode value, Diagnostics out) {
    String text = value instanceof YamlScalar s && !s.isNull() ? s.text().strip() : "";
    if (text.matches("[123]")) {
      return Optional.of(Integer.parseInt(text));
    }
    out.error(value.position(), "priority of role '" + role + "' must be 1, 2 or 3",
        "1 = essential for this role, 2 = important, 3 = useful");
    return Optional.empty();
  }

  private static List<FrontMatter.RelatedRef> related(YamlFields f) {
    return f.textList("related").stream()
        .map(item -> new FrontMatter.RelatedRef(item.text(), item.position())).toList();
  }

  /** {@code search: {code: true}}: the page's code blocks are indexed for site search. */
  private static boolean searchCode(YamlFields f, Diagnostics out) {
    return f.map("search")
        .flatMap(map -> new YamlFields(map, Set.of("code"), out, "search").bool("code"))
        .orElse(false);
  }

  private static int countLines(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }
}
