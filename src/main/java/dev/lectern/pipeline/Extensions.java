package dev.lectern.pipeline;

import dev.lectern.api.LecternExtension;
import dev.lectern.api.Settings;
import dev.lectern.config.ConfigLoader;
import dev.lectern.config.SiteConfig;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.diagnostic.SourcePosition;
import dev.lectern.extend.ExtensionLoader;
import dev.lectern.extend.ExtensionSet;
import dev.lectern.extend.Registrar;
import dev.lectern.extend.SettingsReader;
import dev.lectern.highlight.PrismHighlighter;
import dev.lectern.markdown.abbr.Abbreviations;
import dev.lectern.markdown.apiref.ApiReferences;
import dev.lectern.markdown.admonition.Admonitions;
import dev.lectern.markdown.attributes.AttributeLists;
import dev.lectern.markdown.blocks.SlashBlocks;
import dev.lectern.markdown.callout.Callouts;
import dev.lectern.markdown.code.CodeBlocks;
import dev.lectern.markdown.deflist.DefinitionLists;
import dev.lectern.markdown.diagram.Diagrams;
import dev.lectern.markdown.emoji.Emoji;
import dev.lectern.markdown.faq.FaqBlocks;
import dev.lectern.markdown.html.SafeHtml;
import dev.lectern.markdown.inline.InlineFormats;
import dev.lectern.markdown.math.Maths;
import dev.lectern.markdown.mdx.MdxLeftovers;
import dev.lectern.markdown.quiz.QuizBlocks;
import dev.lectern.markdown.snippets.Snippets;
import dev.lectern.markdown.tabs.Tabs;
import dev.lectern.memo.CodeVersion;
import dev.lectern.memo.Digester;
import dev.lectern.memo.Fingerprint;
import dev.lectern.yaml.YamlNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The extensions of a build: Lectern's own blocks first (registered through the same API as any
 * other), then those on the classpath, then the site's jars. Keys of site.yml that are neither
 * Lectern's nor an extension's are reported here, once every name is known.
 */
final class Extensions {
  private Extensions() {}

  /** The names of {@link #builtIns}, known before site.yml is read. */
  static final Set<String> BUILT_IN_NAMES = Set.of("snippets", "mdx", "tabs", "html",
      "admonitions", "callouts", "faq", "quiz", "diagrams", "math", "code", "blocks",
      "attributes", "inline", "emoji", "definition-lists", "abbreviations", "api-reference");

  /**
   * Lectern's own extensions, in the order their processors run: those that make callouts before
   * {@link Callouts} (which reports unknown types), and {@link SlashBlocks} after every extension
   * that converts {@code ///} blocks (it reports those left over); {@link Tabs} before the code
   * blocks, whose fences it reads in code groups, and before {@link SafeHtml}, which would
   * otherwise take {@code <Tabs>} for unknown HTML; included files ({@link Snippets}) first of
   * all, so that what they bring in is processed like the page's own text.
   */
  static List<LecternExtension> builtIns(SiteConfig.MarkdownOptions options) {
    return List.of(new Snippets(), new MdxLeftovers(), new Tabs(),
        new SafeHtml(options.unsafeHtml()), new Admonitions(), new Callouts(),
        new FaqBlocks(options.faqTitle()), new QuizBlocks(), new Diagrams(), new Maths(),
        new CodeBlocks(PrismHighlighter.shared()), new SlashBlocks(), new AttributeLists(),
        new InlineFormats(), new Emoji(), new DefinitionLists(), new Abbreviations(),
        new ApiReferences());
  }

  static ExtensionSet load(Path source, SiteConfig config, Diagnostics out) {
    List<Registrar.Loaded> all = new ArrayList<>();
    Fingerprint lectern = CodeVersion.of(Extensions.class);
    for (LecternExtension ext : builtIns(config.markdown())) {
      all.add(new Registrar.Loaded(ext, SourcePosition.of("Lectern"), lectern));
    }
    all.addAll(ExtensionLoader.load(source, config, out));
    Map<String, Registrar.SettingsSource> settings = new HashMap<>();
    config.extensionSettings().forEach((key, entry) -> settings.put(key, source(key, entry)));
    ExtensionSet set = Registrar.register(all, settings, config.markdown().extensions(), out);
    reportUnknownKeys(config, set, out);
    reportIgnoredFeatures(config, set, out);
    return set;
  }

  /**
   * The Markdown extensions of Python-Markdown that Lectern's core itself provides: heading
   * ids, tables, footnotes, fenced and highlighted code, task lists, bare URLs as links.
   */
  static final Set<String> CORE_FEATURES = Set.of("toc", "tables", "footnotes", "fenced_code",
      "codehilite", "pymdownx.highlight", "pymdownx.superfences", "pymdownx.tasklist", "meta",
      "sane_lists", "pymdownx.betterem", "pymdownx.magiclink");

  /** One warning naming the configuration's Markdown extensions that nothing implements. */
  private static void reportIgnoredFeatures(SiteConfig config, ExtensionSet set,
      Diagnostics out) {
    List<SiteConfig.MarkdownFeature> ignored = config.markdown().extensions().stream()
        .filter(f -> !CORE_FEATURES.contains(f.name()) && !set.markdownFeatures()
            .contains(f.name())).toList();
    if (!ignored.isEmpty()) {
      out.warning(ignored.get(0).position(), "Lectern does not implement these Markdown "
          + "extensions, so their syntax stays as written: " + String.join(", ",
              ignored.stream().map(SiteConfig.MarkdownFeature::name).toList()),
          "see \"Bring your own docs\" in Lectern's README for the syntax it understands");
    }
  }

  private static Registrar.SettingsSource source(String name, YamlNode.Entry entry) {
    return new Registrar.SettingsSource() {
      @Override
      public Settings settings(Diagnostics out) {
        return SettingsReader.of(entry, "the settings of extension '" + name + "'", out);
      }

      @Override
      public Fingerprint fingerprint() {
        return Digester.of(entry.value());
      }
    };
  }

  /** The names of Lectern's own extensions and of those on the classpath. */
  static Set<String> availableNames() {
    Set<String> names = new TreeSet<>(BUILT_IN_NAMES);
    ExtensionLoader.onClasspath().forEach(ext -> names.add(ext.name()));
    return names;
  }

  /** Keys of site.yml left unchecked until the site's extension jars were loaded. */
  private static void reportUnknownKeys(SiteConfig config, ExtensionSet set, Diagnostics out) {
    if (config.extensions().isEmpty()) {
      return;  // checked when site.yml was read
    }
    Map<String, YamlNode.Entry> entries = new java.util.LinkedHashMap<>(config.extensionSettings());
    ConfigLoader.reportUnknownKeys(new YamlNode.YamlMap(SourcePosition.of(ConfigLoader.FILE),
        entries), Set.copyOf(set.names()), out);
  }
}
