package dev.lectern.extend;

import dev.lectern.api.LecternApi;
import dev.lectern.api.LecternExtension;
import dev.lectern.api.NodeRendererFactory;
import dev.lectern.api.OutputGenerator;
import dev.lectern.api.PageProcessor;
import dev.lectern.api.Registry;
import dev.lectern.api.Settings;
import dev.lectern.api.TemplateFunction;
import dev.lectern.config.SiteConfig;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.diagnostic.SourcePosition;
import dev.lectern.memo.Digester;
import dev.lectern.memo.Fingerprint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lets each extension register, in order, and gathers what they contributed into an
 * {@link ExtensionSet}. A name or kind used twice, and a bad name, are errors at the place the
 * extension was enabled.
 */
public final class Registrar {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
  private static final Pattern FUNCTION = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private Registrar() {}

  /** One extension to register: where it comes from (for messages) and its code's fingerprint. */
  public record Loaded(LecternExtension extension, SourcePosition origin, Fingerprint code) {}

  /**
   * Registers {@code extensions} in order.
   *
   * @param settings each extension's settings by its name (absent names get empty settings)
   */
  public static ExtensionSet register(List<Loaded> extensions,
      Map<String, SettingsSource> settings, Diagnostics out) {
    return register(extensions, settings, List.of(), out);
  }

  /**
   * As {@link #register(List, Map, Diagnostics)}, with the Markdown extensions the configuration
   * names, which extensions may ask for.
   */
  public static ExtensionSet register(List<Loaded> extensions,
      Map<String, SettingsSource> settings, List<SiteConfig.MarkdownFeature> features,
      Diagnostics out) {
    Gathered g = new Gathered(features);
    List<Object> fingerprintParts = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    for (Loaded loaded : extensions) {
      LecternExtension ext = loaded.extension();
      String name = ext.name();
      if (name == null || !NAME.matcher(name).matches()) {
        out.error(loaded.origin(), "extension " + ext.getClass().getName() + " has the name '"
            + name + "'", "an extension's name uses lower-case letters, digits and '-'");
        continue;
      }
      if (!names.add(name)) {
        out.error(loaded.origin(), "two extensions are called '" + name + "'",
            "remove one of them from the classpath or from 'extensions' in site.yml");
        continue;
      }
      SettingsSource source = settings.get(name);
      Settings own = source != null ? source.settings(out)
          : SettingsView.empty("the settings of extension '" + name + "'", loaded.origin(), out);
      try {
        ext.register(g.forExtension(name, own, loaded.origin(), out));
      } catch (RuntimeException e) {
        out.error(loaded.origin(), "extension '" + name + "' failed to register: " + e,
            "this is a bug in the extension; report it to its authors");
      }
      fingerprintParts.add(List.of(name, String.valueOf(ext.version()), loaded.code(),
          source == null ? "" : source.fingerprint()));
    }
    fingerprintParts.add(g.values);
    fingerprintParts.add(features);
    return new ExtensionSet(List.copyOf(names), List.copyOf(g.markdown),
        Set.copyOf(g.kinds), List.copyOf(g.processors), List.copyOf(g.renderers),
        java.util.Collections.unmodifiableMap(new LinkedHashMap<>(g.functions)),
        java.util.Collections.unmodifiableMap(new LinkedHashMap<>(g.values)),
        List.copyOf(g.outputs), Set.copyOf(g.asked), Digester.of(fingerprintParts));
  }

  /** Where an extension's settings come from. */
  public interface SettingsSource {
    Settings settings(Diagnostics out);

    /** The fingerprint of the settings as written. */
    Fingerprint fingerprint();
  }

  /** Everything registered so far. */
  private static final class Gathered {
    final List<org.commonmark.Extension> markdown = new ArrayList<>();
    final Set<String> kinds = new LinkedHashSet<>();
    final List<PageProcessor> processors = new ArrayList<>();
    final List<NodeRendererFactory> renderers = new ArrayList<>();
    final Map<String, TemplateFunction> functions = new LinkedHashMap<>();
    final Map<String, Object> values = new LinkedHashMap<>();
    final List<ExtensionSet.NamedOutput> outputs = new ArrayList<>();
    final List<SiteConfig.MarkdownFeature> features;
    final Set<String> asked = java.util.Collections.synchronizedSet(new LinkedHashSet<>());

    Gathered(List<SiteConfig.MarkdownFeature> features) {
      this.features = features;
    }

    Registry forExtension(String name, Settings settings, SourcePosition origin,
        Diagnostics out) {
      return new Registry() {
        @Override
        public int apiVersion() {
          return LecternApi.VERSION;
        }

        @Override
        public Settings settings() {
          return settings;
        }

        @Override
        public void markdown(org.commonmark.Extension extension) {
          markdown.add(extension);
        }

        @Override
        public void containerKind(String kind) {
          String k = kind.toLowerCase(Locale.ROOT);
          if (!kinds.add(k)) {
            out.error(origin, "extension '" + name + "' claims ':::" + k
                + "' containers, which another extension already claimed",
                "remove one of the two extensions from site.yml, or ask its author to rename "
                    + "the kind");
          }
        }

        @Override
        public void pageProcessor(PageProcessor processor) {
          processors.add(processor);
        }

        @Override
        public void nodeRenderer(NodeRendererFactory factory) {
          renderers.add(factory);
        }

        @Override
        public void templateFunction(String fn, TemplateFunction function) {
          if (!FUNCTION.matcher(fn).matches() || functions.putIfAbsent(fn, function) != null) {
            out.error(origin, "extension '" + name + "' adds the template function '" + fn
                + "', which is taken or not a valid name",
                "a function name is a letter or '_' followed by letters, digits or '_', "
                    + "and not one another extension or Lectern already adds");
          }
        }

        @Override
        public void templateValue(String value, Object v) {
          if (values.putIfAbsent(value, v) != null) {
            out.error(origin, "extension '" + name + "' adds the template value 'ext." + value
                + "', which another extension already added",
                "remove one of the two extensions from site.yml, or ask its author to rename "
                    + "the value");
          }
        }

        @Override
        public void outputFiles(OutputGenerator generator) {
          outputs.add(new ExtensionSet.NamedOutput(name, generator));
        }

        @Override
        public java.util.Optional<Settings> markdownExtension(String feature) {
          asked.add(feature);
          return features.stream().filter(f -> f.name().equals(feature)).findFirst()
              .map(f -> {
                String where = "the settings of Markdown extension '" + feature + "'";
                return f.settings().<Settings>map(m -> new SettingsView(m, where, out))
                    .orElseGet(() -> SettingsView.empty(where, f.position(), out));
              });
        }
      };
    }
  }
}
