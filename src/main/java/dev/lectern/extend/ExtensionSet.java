package dev.lectern.extend;

import dev.lectern.api.NodeRendererFactory;
import dev.lectern.api.OutputGenerator;
import dev.lectern.api.PageProcessor;
import dev.lectern.api.TemplateFunction;
import dev.lectern.memo.Fingerprint;
import dev.lectern.memo.Fingerprinted;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the extensions of a build registered, in registration order, and the fingerprint of it
 * all (each extension's name, version, code and settings): anything built from this set is
 * cached under that fingerprint.
 *
 * @param names the extensions' names, in order
 * @param markdown commonmark extensions for the parser and renderer
 * @param containerKinds the {@code :::kind}s claimed
 * @param processors page processors, run in order on every parsed page
 * @param renderers node renderer factories for every page render
 * @param functions template functions by name
 * @param values template values by name
 * @param outputs output generators, with the name of the extension that added each
 * @param markdownFeatures the names of the configuration's Markdown extensions that some
 *     extension asked for ({@link dev.lectern.api.Registry#markdownExtension})
 */
public record ExtensionSet(
    List<String> names,
    List<org.commonmark.Extension> markdown,
    Set<String> containerKinds,
    List<PageProcessor> processors,
    List<NodeRendererFactory> renderers,
    Map<String, TemplateFunction> functions,
    Map<String, Object> values,
    List<NamedOutput> outputs,
    Set<String> markdownFeatures,
    Fingerprint fingerprint) implements Fingerprinted {

  /** An output generator and the extension it belongs to. */
  public record NamedOutput(String extension, OutputGenerator generator) {}
}
