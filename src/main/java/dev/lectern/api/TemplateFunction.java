package dev.lectern.api;

import java.util.List;

/**
 * A function templates can call. It must be a function of its arguments alone: rendered pages
 * are cached by their inputs. A problem is reported by throwing
 * {@link IllegalArgumentException} with a message for the template's author; Lectern reports it
 * at the template's line.
 */
@FunctionalInterface
public interface TemplateFunction {
  Object call(List<Object> arguments);
}
