package dev.lectern.init;

import dev.lectern.init.JsConfig.Arr;
import dev.lectern.init.JsConfig.Literal;
import dev.lectern.init.JsConfig.Obj;
import dev.lectern.init.JsConfig.Opaque;
import dev.lectern.init.JsConfig.Value;
import java.util.Optional;

/**
 * Reading a configuration object's values: a literal is read; anything else is noted as not
 * read, with its source, so {@code lectern init} can list it.
 */
final class JsValues {
  private final SiteYml notes;
  private final String file;

  JsValues(SiteYml notes, String file) {
    this.notes = notes;
    this.file = file;
  }

  /** The text at {@code key} of {@code obj}, if it is a literal; noted when it is not. */
  Optional<String> text(Optional<Obj> obj, String key, String path) {
    Optional<Value> value = obj.map(o -> o.properties().get(key));
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (value.get() instanceof Literal l) {
      return Optional.of(l.value().toString());
    }
    notes.unread(path + " in " + file + " (not a literal value: " + describe(value.get()) + ")");
    return Optional.empty();
  }

  /** The object at {@code key} of {@code obj}, if it is an object literal. */
  static Optional<Obj> object(Optional<Obj> obj, String key) {
    return obj.map(o -> o.properties().get(key)).filter(Obj.class::isInstance)
        .map(Obj.class::cast);
  }

  static boolean has(Optional<Obj> obj, String key) {
    return obj.map(o -> o.properties().containsKey(key)).orElse(false);
  }

  static String describe(Value value) {
    if (value instanceof Opaque o) {
      return o.source();
    }
    if (value instanceof Arr) {
      return "a list";
    }
    return value instanceof Obj ? "an object" : String.valueOf(value);
  }

  /** {@code base} and {@code path} joined with one '/' between them. */
  static String join(String base, String path) {
    if (base.isEmpty() || base.equals(".")) {
      return path;
    }
    if (path.isEmpty() || path.equals(".")) {
      return base;
    }
    return base.replaceAll("/+$", "") + "/" + path.replaceAll("^\\./", "").replaceAll("^/+", "");
  }
}
