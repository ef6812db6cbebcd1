package dev.lectern.render;

import dev.lectern.api.TemplateFunction;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The template functions of extensions as Pebble functions (positional arguments), and their
 * template values under the global variable {@code ext}.
 */
final class ExtensionFunctions extends AbstractExtension {
  private final Map<String, TemplateFunction> functions;
  private final Map<String, Object> values;

  ExtensionFunctions(Map<String, TemplateFunction> functions, Map<String, Object> values) {
    this.functions = functions;
    this.values = values;
  }

  @Override
  public Map<String, Function> getFunctions() {
    Map<String, Function> out = new LinkedHashMap<>();
    functions.forEach((name, fn) -> out.put(name, new Call(name, fn)));
    return out;
  }

  @Override
  public Map<String, Object> getGlobalVariables() {
    return Map.of("ext", new TreeMap<>(values));
  }

  private record Call(String name, TemplateFunction fn) implements Function {
    @Override
    public List<String> getArgumentNames() {
      return null;  // positional: Pebble passes "0", "1", …
    }

    @Override
    public Object execute(Map<String, Object> args, PebbleTemplate self,
        EvaluationContext context, int line) {
      List<Object> positional = new ArrayList<>();
      for (int i = 0; args.containsKey(String.valueOf(i)); i++) {
        positional.add(args.get(String.valueOf(i)));
      }
      try {
        return fn.call(List.copyOf(positional.stream().map(v -> v == null ? "" : v).toList()));
      } catch (IllegalArgumentException e) {
        throw new PebbleException(e, name + "(): " + e.getMessage(), line, self.getName());
      }
    }
  }
}
