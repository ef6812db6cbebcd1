package dev.lectern.render;

import dev.lectern.api.TemplateFunction;
import dev.lectern.config.SiteConfig;
import dev.lectern.diagnostic.SourcePosition;
import dev.lectern.diagnostic.Suggestions;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one Pebble engine of a build, over its {@link TemplateSet} (the site's {@code templates/}
 * first, then the built-in theme); autoescaping on, strict variables on (a typo in a template is an error, not an empty
 * string). Thread-safe. Template problems become {@link TemplateException}s with a position.
 */
public final class Templates {
  /** The templates' folder in the source root. */
  public static final String FOLDER = "templates";

  private final PebbleEngine engine;
  private final TemplateSet templates;

  /**
   * An engine over {@code templates}, with Lectern's {@code url()} and {@code asset()}, and the
   * template functions and values of the site's extensions.
   */
  public Templates(TemplateSet templates, SiteConfig config, AssetNames assets,
      Map<String, TemplateFunction> functions, Map<String, Object> values) {
    this.templates = templates;
    this.engine = new PebbleEngine.Builder()
        .loader(new TemplateLoader(templates))
        .strictVariables(true)
        .autoEscaping(true)
        .defaultEscapingStrategy("html")
        .newLineTrimming(true)
        .extension(new UrlExtension(config, assets))
        .extension(new ExtensionFunctions(functions, values))
        .build();
  }

  /** Renders template {@code name} (e.g. {@code page.peb}) with {@code context}. */
  public String render(String name, Map<String, Object> context) {
    try {
      PebbleTemplate template = engine.getTemplate(name);
      StringWriter out = new StringWriter();
      template.evaluate(out, context);
      return out.toString();
    } catch (PebbleException e) {
      throw new TemplateException(TemplateErrors.of(e, name, n -> templates.source(n).orElse(null)),
          e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Where a template (the site's own first, then the theme's) has {@code needle} in a line:
   * used to point at the template behind a broken link. Empty if no template has it.
   */
  public static Optional<SourcePosition> locate(TemplateSet templates, String needle) {
    Optional<SourcePosition> found = find(templates.own(), needle, FOLDER + "/");
    if (found.isPresent()) {
      return found;
    }
    Map<String, String> theme = new java.util.TreeMap<>(templates.theme());
    theme.keySet().removeAll(templates.own().keySet());
    return find(theme, needle, "the built-in theme's " + FOLDER + "/");
  }

  private static Optional<SourcePosition> find(Map<String, String> files, String needle,
      String prefix) {
    for (Map.Entry<String, String> file : files.entrySet()) {
      String[] lines = file.getValue().split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        int col = lines[i].indexOf(needle);
        if (col >= 0) {
          return Optional.of(new SourcePosition(prefix + file.getKey(), i + 1, col + 1));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Adds {@code url('about/')}, a site path made root-relative under the base URL, and
   * {@code asset('css/lectern.css')}, the fingerprinted URL of an asset (an unknown asset is a
   * template error). {@code url('assets/…')} of an asset also gives its fingerprinted URL.
   */
  private static final class UrlExtension extends AbstractExtension {
    private final SiteConfig config;
    private final AssetNames assets;

    UrlExtension(SiteConfig config, AssetNames assets) {
      this.config = config;
      this.assets = assets;
    }

    @Override
    public Map<String, Function> getFunctions() {
      return Map.of("url", new PathFunction((path, self, line) -> {
        String prefix = Assets.FOLDER + "/";
        if (path.startsWith(prefix)) {
          var asset = assets.find(path.substring(prefix.length()));
          if (asset.isPresent()) {
            return config.url(asset.get());
          }
        }
        return config.url(path);
      }), "asset", new PathFunction((path, self, line) -> {
        String name = path.startsWith(Assets.FOLDER + "/")
            ? path.substring(Assets.FOLDER.length() + 1) : path;
        return assets.find(name).map(config::url).orElseThrow(() ->
            new PebbleException(null, "asset('" + path + "'): there is no assets/" + name + "; "
                + Suggestions.didYouMean(name, assets.names().keySet()), line, self.getName()));
      }));
    }
  }

  /** What a {@link PathFunction} does with its one argument, a site path without leading slash. */
  private interface PathMapping {
    String apply(String path, PebbleTemplate self, int line);
  }

  private static final class PathFunction implements Function {
    private final PathMapping mapping;

    PathFunction(PathMapping mapping) {
      this.mapping = mapping;
    }

    @Override
    public List<String> getArgumentNames() {
      return List.of("path");
    }

    @Override
    public Object execute(Map<String, Object> args, PebbleTemplate self,
        EvaluationContext context, int line) {
      String path = String.valueOf(args.get("path"));
      return mapping.apply(path.startsWith("/") ? path.substring(1) : path, self, line);
    }
  }
}
