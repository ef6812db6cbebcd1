package dev.lectern.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The templates of a build, read once: the site's own {@code templates/} and the built-in
 * theme's, by name ({@code partials/nav.peb}); a site template overrides the theme's of the same
 * name. A value: what the render stage and the Pebble engine read templates from.
 *
 * @param own the site's templates
 * @param theme the built-in theme's templates
 */
public record TemplateSet(Map<String, String> own, Map<String, String> theme) {

  public TemplateSet {
    own = Collections.unmodifiableMap(new TreeMap<>(own));
    theme = Collections.unmodifiableMap(new TreeMap<>(theme));
  }

  /** The site's templates in {@code sourceRoot} over the built-in theme's. */
  public static TemplateSet read(Path sourceRoot) {
    try {
      return new TemplateSet(texts(Theme.readTree(sourceRoot.resolve(Templates.FOLDER))),
          texts(Theme.templates()));
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + sourceRoot.resolve(Templates.FOLDER), e);
    }
  }

  private static Map<String, String> texts(Map<String, byte[]> files) {
    Map<String, String> texts = new TreeMap<>();
    files.forEach((name, bytes) -> texts.put(name, new String(bytes, StandardCharsets.UTF_8)));
    return texts;
  }

  /** The text of template {@code name}: the site's own, else the theme's. */
  public Optional<String> source(String name) {
    return Optional.ofNullable(own.getOrDefault(name, theme.get(name)));
  }

  /** How to name template {@code name}'s file in messages. */
  public String displayName(String name) {
    return own.containsKey(name) ? Templates.FOLDER + "/" + name
        : "the built-in theme's " + Templates.FOLDER + "/" + name;
  }
}
