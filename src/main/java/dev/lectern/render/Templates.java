package dev.lectern.render;

import dev.lectern.config.SiteConfig;
import dev.lectern.diagnostic.SourcePosition;
import dev.lectern.diagnostic.Suggestions;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one Pebble engine of a build: the site's {@code templates/} first, then the built-in
 * theme; autoescaping on, strict variables on (a typo in a template is an error, not an empty
 * string). Thread-safe. Template problems become {@link TemplateException}s with a position.
 */
public final class Templates {
  /** The templates' folder in the source root. */
  public static final String FOLDER = "templates";

  private final PebbleEngine engine;
  private final Path siteTemplates;

  public Templates(Path sourceRoot, SiteConfig config, Assets assets) {
    this.siteTemplates = sourceRoot.resolve(FOLDER);
    List<Loader<?>> loaders = new ArrayList<>();
    if (Files.isDirectory(siteTemplates)) {
      FileLoader site = new FileLoader(siteTemplates.toString());
      site.setCharset("UTF-8");
      loaders.add(site);
    }
    ClasspathLoader theme = new ClasspathLoader(Templates.class.getClassLoader());
    theme.setPrefix(Theme.TEMPLATES);
    theme.setCharset("UTF-8");
    loaders.add(theme);
    this.engine = new PebbleEngine.Builder()
        .loader(new DelegatingLoader(loaders))
        .strictVariables(true)
        .autoEscaping(true)
        .defaultEscapingStrategy("html")
        .newLineTrimming(true)
        .extension(new UrlExtension(config, assets))
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
      throw new TemplateException(TemplateErrors.of(e, name, this::source), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Where a template (the site's own first, then the theme's) has {@code needle} in a line:
   * used to point at the template behind a broken link. Empty if no template has it.
   */
  public Optional<SourcePosition> locate(String needle) {
    Map<String, byte[]> own;
    try {
      own = Theme.readTree(siteTemplates);
    } catch (IOException e) {
      own = Map.of();
    }
    Optional<SourcePosition> found = find(own, needle, FOLDER + "/");
    if (found.isPresent()) {
      return found;
    }
    Map<String, byte[]> theme = new java.util.TreeMap<>(Theme.templates());
    theme.keySet().removeAll(own.keySet());
    return find(theme, needle, "the built-in theme's " + FOLDER + "/");
  }

  private static Optional<SourcePosition> find(Map<String, byte[]> files, String needle,
      String prefix) {
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      String[] lines = new String(file.getValue(), StandardCharsets.UTF_8).split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        int col = lines[i].indexOf(needle);
        if (col >= 0) {
          return Optional.of(new SourcePosition(prefix + file.getKey(), i + 1, col + 1));
        }
      }
    }
    return Optional.empty();
  }

  private String source(String name) {
    try {
      Path file = siteTemplates.resolve(name);
      if (Files.isRegularFile(file)) {
        return Files.readString(file, StandardCharsets.UTF_8);
      }
      try (InputStream in = Templates.class.getClassLoader()
          .getResourceAsStream(Theme.TEMPLATES + "/" + name)) {
        return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * Adds {@code url('about/')}, a site path made root-relative under the base URL, and
   * {@code asset('css/lectern.css')}, the fingerprinted URL of an asset (an unknown asset is a
   * template error). {@code url('assets/…')} of an asset also gives its fingerprinted URL.
   */
  private static final class UrlExtension extends AbstractExtension {
    private final SiteConfig config;
    private final Assets assets;

    UrlExtension(SiteConfig config, Assets assets) {
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
            return config.url(asset.get().outputPath());
          }
        }
        return config.url(path);
      }), "asset", new PathFunction((path, self, line) -> {
        String name = path.startsWith(Assets.FOLDER + "/")
            ? path.substring(Assets.FOLDER.length() + 1) : path;
        return assets.find(name).map(a -> config.url(a.outputPath())).orElseThrow(() ->
            new PebbleException(null, "asset('" + path + "'): there is no assets/" + name + "; "
                + Suggestions.didYouMean(name, assets.all().keySet()), line, self.getName()));
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
