package dev.lectern.init;

import dev.lectern.config.MkDocsConfigReader;
import dev.lectern.config.NavConfig;
import dev.lectern.config.SiteConfig;
import dev.lectern.diagnostic.Diagnostic;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.yaml.PlainValues;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A site.yml for an MkDocs project, from its {@code mkdocs.yml} as Lectern reads it. */
final class MkDocsImport {
  private MkDocsImport() {}

  static SiteYml of(Path project, String file) throws InitException {
    Diagnostics problems = new Diagnostics();
    Optional<SiteConfig> read = MkDocsConfigReader.load(project, file, problems);
    if (read.isEmpty()) {
      throw new InitException(file + " could not be read: " + problems.sorted().stream()
          .filter(Diagnostic::isError).map(Diagnostic::headline).findFirst().orElse(""),
          "fix " + file + " (MkDocs would not read it either), then run lectern init again");
    }
    SiteConfig c = read.get();
    SiteYml yml = new SiteYml()
        .comment("Lectern's configuration for this MkDocs project, written by 'lectern init "
            + "--from' from " + file + ".\nLectern builds the Markdown in " + c.sources()
            .contentDir() + "/ where it is; no file there was changed.\nEvery key is "
            + "described in Lectern's README (\"site.yml\" and \"Bring your own docs\").")
        .key("title", c.title())
        .key("description", Optional.of(c.description()).filter(s -> !s.isEmpty()))
        .key("base_url", c.baseUrl().toString())
        .key("language", c.language())
        .key("author", Optional.of(c.author()).filter(s -> !s.isEmpty()))
        .key("repo_url", c.repoUrl())
        .key("edit_uri", c.editUri())
        .key("content_dir", c.sources().contentDir())
        .key("output", c.output())
        .key("copyright", Optional.of(c.copyright()).filter(s -> !s.isEmpty()))
        .comment("MkDocs pages seldom have a description; their first paragraph serves.")
        .block("min_description_length", 0);
    if (!c.markdown().extensions().isEmpty()) {
      yml.block("markdown", Map.of("extensions", features(c.markdown().extensions())));
    }
    c.nav().ifPresent(nav -> {
      yml.block("nav", items(nav.items()));
      if (!nav.notInNav().isEmpty()) {
        yml.block("not_in_nav", nav.notInNav());
      }
    });
    if (!c.extra().isEmpty()) {
      yml.block("extra", c.extra());
    }
    problems.sorted().stream().filter(d -> !d.isError())
        .forEach(d -> yml.unread(d.message()));
    return yml;
  }

  private static List<Object> features(List<SiteConfig.MarkdownFeature> features) {
    List<Object> list = new ArrayList<>();
    for (SiteConfig.MarkdownFeature f : features) {
      list.add(f.settings().<Object>map(s -> Map.of(f.name(), PlainValues.ofMap(s)))
          .orElse(f.name()));
    }
    return list;
  }

  /** The nav as plain values, in MkDocs' shape again. */
  static List<Object> items(List<NavConfig.Item> items) {
    List<Object> list = new ArrayList<>();
    for (NavConfig.Item item : items) {
      if (item instanceof NavConfig.PageItem p) {
        list.add(p.title().<Object>map(t -> single(t, p.path())).orElse(p.path()));
      } else if (item instanceof NavConfig.LinkItem l) {
        list.add(l.title().equals(l.url()) ? l.url() : single(l.title(), l.url()));
      } else if (item instanceof NavConfig.SectionItem s) {
        list.add(single(s.title(), items(s.items())));
      }
    }
    return list;
  }

  private static Map<String, Object> single(String key, Object value) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put(key, value);
    return map;
  }
}
