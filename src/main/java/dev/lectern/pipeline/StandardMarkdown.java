package dev.lectern.pipeline;

import dev.lectern.api.LecternExtension;
import dev.lectern.config.SiteConfig.MarkdownOptions;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.diagnostic.SourcePosition;
import dev.lectern.extend.Registrar;
import dev.lectern.markdown.MarkdownEngine;
import dev.lectern.memo.Digester;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Markdown engine with Lectern's own extensions (and any others given), outside a site build:
 * for tools and tests that parse and render Markdown on its own.
 */
public final class StandardMarkdown {
  private StandardMarkdown() {}

  /** An engine with Lectern's own extensions. */
  public static MarkdownEngine engine(MarkdownOptions options) {
    return engine(options, List.of());
  }

  /**
   * An engine with Lectern's own extensions, then {@code extra} in order, each with empty
   * settings. Registration problems throw: this is for code, not for a user's site.
   */
  public static MarkdownEngine engine(MarkdownOptions options, List<LecternExtension> extra) {
    List<Registrar.Loaded> all = new ArrayList<>();
    List<LecternExtension> extensions = new ArrayList<>(Extensions.builtIns(options));
    extensions.addAll(extra);
    for (LecternExtension ext : extensions) {
      all.add(new Registrar.Loaded(ext, SourcePosition.of("code"),
          Digester.of(ext.getClass().getName())));
    }
    Diagnostics problems = new Diagnostics();
    var set = Registrar.register(all, Map.of(), problems);
    problems.throwIfErrors();
    return new MarkdownEngine(options, set);
  }
}
