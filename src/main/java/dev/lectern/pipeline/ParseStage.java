package dev.lectern.pipeline;

import dev.lectern.config.SiteConfig;
import dev.lectern.content.ContentSet;
import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.extend.ExtensionSet;
import dev.lectern.markdown.MarkdownEngine;
import dev.lectern.markdown.ParsedMarkdown;
import dev.lectern.memo.Digester;
import dev.lectern.memo.FileSnapshot;
import dev.lectern.memo.Fingerprint;
import dev.lectern.memo.Memo;
import dev.lectern.memo.MemoTable;
import java.util.List;
import java.util.Optional;

/**
 * The parse stage: every page's Markdown parsed by the site's engine, in parallel. A page is
 * parsed again only when its source, the engine (options, extensions) or a file it included
 * changed.
 */
final class ParseStage {
  private final MarkdownEngine engine;
  private final MemoTable<ParsedMarkdown> parses;
  private final FileSnapshot files;

  /**
   * @param store the parse table's cache file, if the build keeps one: told how this build
   *     parses a page whose record it holds
   */
  ParseStage(Memo memo, SiteConfig config, ExtensionSet extensions, FileSnapshot files,
      Optional<ParseStore> store) {
    this.files = files;
    this.parses = memo.table("parse");
    Fingerprint engineKey = Digester.of("engine", config.markdown(), extensions);
    // The engine holds a commonmark parser built from the extensions: one per configuration.
    this.engine = memo.<MarkdownEngine>table("engines").get(engineKey, new Diagnostics(),
        ignored -> new MarkdownEngine(config.markdown(), extensions));
    store.ifPresent(s -> s.reparseWith(record -> engine.tree(record.source(), files.recorder())));
  }

  List<ParsedMarkdown> parseAll(ContentSet content, Diagnostics out, Runnable onPageDone) {
    List<ParsedMarkdown> parsed = content.pages().parallelStream().map(page -> {
      // A page read from a file is keyed by what it was read from: its text is not hashed twice.
      Fingerprint key = content.readFrom(page)
          .map(read -> Digester.of("parse read page", read, engine.fingerprint()))
          .orElseGet(() -> Digester.of("parse", page, engine.fingerprint()));
      ParsedMarkdown p = parses.get(key, out, files,
          (own, reads) -> engine.parse(page, reads, key, own));
      onPageDone.run();
      return p;
    }).toList();
    return parsed;
  }
}
