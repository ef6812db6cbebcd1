package dev.lectern.content;

import dev.lectern.content.FrontMatter.RelatedRef;
import dev.lectern.content.FrontMatter.RolePriority;
import dev.lectern.content.PageOptions.Neighbour;
import dev.lectern.content.PageOptions.Written;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.diagnostic.Suggestions;
import dev.lectern.yaml.YamlNode;
import dev.lectern.yaml.YamlNode.YamlList;
import dev.lectern.yaml.YamlNode.YamlMap;
import dev.lectern.yaml.YamlNode.YamlScalar;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** How the keys of {@link FrontMatterKeys} whose values need more than one type are read. */
final class FrontMatterReaders {
  private static final Pattern SEGMENT = Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{N}._~-]*");

  private FrontMatterReaders() {}

  /** Reads one key's value into the draft. */
  @FunctionalInterface
  interface Reader {
    void read(FrontMatterField field, FrontMatterDraft draft, Context context);
  }

  /** What reading needs besides the value: the roles site.yml declares, where to report. */
  record Context(List<String> declaredRoles, Diagnostics out) {}

  static void title(FrontMatterField f, FrontMatterDraft d, Context c) {
    f.text().ifPresent(t -> {
      d.title = t;
      d.titleAt = Optional.of(f.at());
    });
  }

  /** A URL segment, or a path of segments; a leading '/' makes it a path from the site root. */
  static void slug(FrontMatterField f, FrontMatterDraft d, Context c) {
    f.text().ifPresent(s -> {
      if (isSlug(s)) {
        d.slug = Optional.of(s);
      } else {
        f.error("slug '" + s + "' is not a valid URL path",
            "use letters, digits, '-', '_' and '.', e.g. slug: generators (or /guide/start)");
      }
    });
  }

  static boolean isSlug(String s) {
    String path = s.startsWith("/") ? s.substring(1) : s;
    path = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    if (path.isEmpty()) {
      return s.startsWith("/");
    }
    return Arrays.stream(path.split("/", -1)).allMatch(p -> SEGMENT.matcher(p).matches());
  }

  static void id(FrontMatterField f, FrontMatterDraft d, Context c) {
    d.id = f.text().or(() -> d.id);
  }

  /** Tags as text; Docusaurus also writes them as {@code {label: …, permalink: …}}. */
  static void tags(FrontMatterField f, FrontMatterDraft d, Context c) {
    if (f.value() instanceof YamlList list) {
      List<String> tags = new ArrayList<>();
      for (YamlNode item : list.items()) {
        if (item instanceof YamlMap m && m.entries().get("label") != null
            && m.entries().get("label").value() instanceof YamlScalar s && !s.isNull()) {
          tags.add(s.text().strip());
        } else if (item instanceof YamlScalar s && !s.isNull() && !s.text().isBlank()) {
          tags.add(s.text().strip());
        } else {
          c.out().error(item.position(), "each item of 'tags' must be text, not " + item.kind(),
              "write the list as [a, b] or as '- a' lines");
        }
      }
      d.tags = List.copyOf(tags);
    } else {
      d.tags = f.texts().stream().map(Written::text).toList();
    }
  }

  static void level(FrontMatterField f, FrontMatterDraft d, Context c) {
    f.text().ifPresent(text -> {
      if (Level.ids().contains(text)) {
        d.level = Optional.of(Level.valueOf(text.toUpperCase(Locale.ROOT)));
      } else {
        f.error("unknown level '" + text + "'", Suggestions.didYouMean(text, Level.ids()));
      }
    });
  }

  static void roles(FrontMatterField f, FrontMatterDraft d, Context c) {
    List<RolePriority> roles = new ArrayList<>();
    List<String> declared = c.declaredRoles();
    f.map().ifPresent(map -> map.entries().values().forEach(e -> {
      if (!declared.contains(e.key())) {
        c.out().error(e.keyPosition(), "role '" + e.key() + "' is not declared in site.yml",
            declared.isEmpty() ? "declare it under 'roles:' in site.yml"
                : Suggestions.didYouMean(e.key(), declared));
        return;
      }
      YamlNode value = e.value();
      String text = value instanceof YamlScalar s && !s.isNull() ? s.text().strip() : "";
      if (text.matches("[123]")) {
        roles.add(new RolePriority(e.key(), Integer.parseInt(text)));
      } else {
        c.out().error(value.position(), "priority of role '" + e.key() + "' must be 1, 2 or 3",
            "1 = essential for this role, 2 = important, 3 = useful");
      }
    }));
    d.roles = List.copyOf(roles);
  }

  static void related(FrontMatterField f, FrontMatterDraft d, Context c) {
    d.related = f.texts().stream().map(w -> new RelatedRef(w.text(), w.position())).toList();
  }

  /** A list, or one text of comma-separated keywords. */
  static void keywords(FrontMatterField f, FrontMatterDraft d, Context c) {
    List<String> words = new ArrayList<>();
    for (Written w : f.texts()) {
      for (String word : w.text().split(",")) {
        if (!word.isBlank()) {
          words.add(word.strip());
        }
      }
    }
    d.keywords = List.copyOf(words);
  }

  /** One image, or (Hugo's {@code images}) the first of a list. */
  static void image(FrontMatterField f, FrontMatterDraft d, Context c) {
    List<Written> images = f.texts();
    if (!images.isEmpty()) {
      d.image = Optional.of(images.get(0));
    }
  }

  static void aliases(FrontMatterField f, FrontMatterDraft d, Context c) {
    List<Written> all = new ArrayList<>(d.aliases);
    all.addAll(f.texts());
    d.aliases = List.copyOf(all);
  }

  /** Lectern's {@code search: false}, or Material's {@code search: {exclude: true}}. */
  static void search(FrontMatterField f, FrontMatterDraft d, Context c) {
    if (f.value() instanceof YamlMap map) {
      for (var e : map.entries().values()) {
        if (!e.key().equals("exclude") && !e.key().equals("code")) {
          c.out().error(e.keyPosition(), "unknown key '" + e.key() + "' in 'search'",
              dev.lectern.diagnostic.Suggestions.didYouMean(e.key(),
                  java.util.List.of("exclude", "code")));
        }
      }
      FrontMatterField.member(map, "exclude", c.out()).flatMap(FrontMatterField::bool)
          .ifPresent(exclude -> d.searchable = !exclude);
      FrontMatterField.member(map, "code", c.out()).flatMap(FrontMatterField::bool)
          .ifPresent(code -> d.searchCode = code);
    } else {
      f.bool().ifPresent(b -> d.searchable = b);
    }
  }

  /** {@code toc: false}, {@code toc: true}, or {@code toc: {min: 2, max: 4}}. */
  static void toc(FrontMatterField f, FrontMatterDraft d, Context c) {
    if (f.value() instanceof YamlMap map) {
      d.tocShown = true;
      int min = FrontMatterField.member(map, "min", c.out()).flatMap(m -> m.integer(2, 6))
          .orElse(d.tocMin);
      int max = FrontMatterField.member(map, "max", c.out()).flatMap(m -> m.integer(2, 6))
          .orElse(Math.max(min, d.tocMax));
      d.tocLevels(min, max);
    } else {
      f.bool().ifPresent(b -> d.tocShown = b);
    }
  }

  /** An edit URL; {@code false} or {@code null} for no edit link at all. */
  static void editUrl(FrontMatterField f, FrontMatterDraft d, Context c) {
    if (f.isNull() || f.isFalse()) {
      d.editable = false;
      d.editUrl = Optional.empty();
    } else {
      f.text().ifPresent(url -> {
        d.editable = true;
        d.editUrl = Optional.of(url);
      });
    }
  }

  /** VitePress's {@code prev}/{@code next}: false, a label, or {@code {text, link}}. */
  static Neighbour neighbour(FrontMatterField f, Diagnostics out) {
    if (f.isFalse() || f.isNull()) {
      return Neighbour.NONE;
    }
    if (f.value() instanceof YamlMap map) {
      Optional<String> label = FrontMatterField.member(map, "text", out)
          .flatMap(FrontMatterField::text);
      Optional<Written> link = Optional.ofNullable(map.entries().get("link"))
          .filter(e -> e.value() instanceof YamlScalar s && !s.isNull())
          .map(e -> new Written(((YamlScalar) e.value()).text().strip(), e.value().position()));
      return link.isPresent() ? new Neighbour(Neighbour.Kind.PAGE, link, label)
          : new Neighbour(Neighbour.Kind.COMPUTED, Optional.empty(), label);
    }
    return new Neighbour(Neighbour.Kind.COMPUTED, Optional.empty(), f.text());
  }

  /** Docusaurus's {@code pagination_prev}/{@code _next}: a page id, or null for none. */
  static Neighbour paginationTarget(FrontMatterField f) {
    if (f.isNull() || f.isFalse()) {
      return Neighbour.NONE;
    }
    return f.text().map(id -> new Neighbour(Neighbour.Kind.PAGE,
        Optional.of(new Written(id, f.at())), Optional.empty())).orElse(Neighbour.COMPUTED);
  }

  /**
   * {@code date: 2026-01-31}, or as Material's blog posts write it,
   * {@code date: {created: …, updated: …}}.
   */
  static void date(FrontMatterField f, FrontMatterDraft d, Context c) {
    if (f.value() instanceof YamlMap map) {
      FrontMatterField.member(map, "created", c.out()).flatMap(FrontMatterField::date)
          .ifPresent(date -> d.date = Optional.of(date));
      FrontMatterField.member(map, "updated", c.out()).flatMap(FrontMatterField::date)
          .ifPresent(date -> d.updated = Optional.of(date));
      return;
    }
    d.date = f.date().or(() -> d.date);
  }

  /** Docusaurus's {@code last_update: {date, author}}. */
  static void lastUpdate(FrontMatterField f, FrontMatterDraft d, Context c) {
    f.map().flatMap(m -> FrontMatterField.member(m, "date", c.out()))
        .flatMap(FrontMatterField::date).ifPresent(date -> d.updated = Optional.of(date));
  }

  /** Material's {@code hide: [navigation, toc, footer]}. */
  static void hide(FrontMatterField f, FrontMatterDraft d, Context c) {
    for (Written w : f.texts()) {
      switch (w.text()) {
        case "navigation" -> d.navigation = false;
        case "toc" -> d.tocShown = false;
        case "footer" -> d.pager = false;
        default -> { }  // path, tags, feedback: parts Lectern's theme does not have
      }
    }
  }

  /** VitePress's {@code layout: page} (and {@code false}): no sidebar, no outline. */
  static void layout(FrontMatterField f, FrontMatterDraft d, Context c) {
    if (f.isFalse() || f.value() instanceof YamlScalar s && "page".equals(s.text())) {
      d.navigation = false;
      d.tocShown = false;
    }
  }

  /** VitePress's {@code outline}: false, a level, [min, max], 'deep', or {level: …}. */
  static void outline(FrontMatterField f, FrontMatterDraft d, Context c) {
    YamlNode value = f.value();
    if (value instanceof YamlMap map && map.entries().containsKey("level")) {
      value = map.entries().get("level").value();
    }
    if (value instanceof YamlScalar s && !s.isNull() && !s.text().strip().matches("\\d+")) {
      switch (s.text().strip()) {
        case "false" -> d.tocShown = false;
        case "deep" -> d.tocLevels(2, 6);
        default -> f.error("'outline' must be false, a level, [min, max] or 'deep', not '"
            + s.text().strip() + "'", "e.g. outline: [2, 3]");
      }
    } else if (value instanceof YamlScalar s && !s.isNull()) {
      new FrontMatterField(new YamlNode.Entry(f.key(), f.keyAt(), s), c.out()).integer(1, 6)
          .ifPresent(n -> d.tocLevels(Math.max(2, n), Math.max(2, n)));
    } else if (value instanceof YamlList list && list.items().size() == 2) {
      List<Integer> levels = new ArrayList<>();
      for (YamlNode item : list.items()) {
        new FrontMatterField(new YamlNode.Entry(f.key(), f.keyAt(), item), c.out())
            .integer(1, 6).ifPresent(levels::add);
      }
      if (levels.size() == 2) {
        d.tocLevels(Math.max(2, levels.get(0)), Math.max(2, levels.get(1)));
      }
    } else if (!(value instanceof YamlMap)) {
      f.error("'outline' must be false, a level, [min, max] or 'deep'", "e.g. outline: [2, 3]");
    }
  }

  /** VitePress's {@code lastUpdated}: false hides the date; a date sets it. */
  static void lastUpdated(FrontMatterField f, FrontMatterDraft d, Context c) {
    if (f.value() instanceof YamlScalar s && !s.isNull()
        && ("true".equals(s.text()) || "false".equals(s.text()))) {
      d.showUpdated = "true".equals(s.text());
    } else {
      d.updated = f.date().or(() -> d.updated);
    }
  }
}
