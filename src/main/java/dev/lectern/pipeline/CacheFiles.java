package dev.lectern.pipeline;

import dev.lectern.api.HighlightedCode;
import dev.lectern.content.SourcePage;
import dev.lectern.markdown.ParseRecord;
import dev.lectern.markdown.ParsedMarkdown;
import dev.lectern.memo.DiskStore;
import dev.lectern.memo.Memo;
import dev.lectern.memo.ValueType;
import dev.lectern.render.PageRenderer.Rendered;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The memo tables a build keeps on disk between runs of the command line, in
 * {@code .lectern-cache/} of the site (off with {@code --no-cache}): parsed pages (without
 * their syntax trees), highlighted code, front
 * matter, search pages, rendered pages, page checks, link verdicts and git dates. Each table's
 * file holds exactly the entries the last successful build used.
 */
final class CacheFiles {
  private final List<DiskStore<?>> stores = new ArrayList<>();
  private ParseStore parses;

  private CacheFiles() {}

  /** Backs {@code memo}'s persistent tables with the cache files of {@code source}. */
  static CacheFiles attach(Memo memo, Path source) {
    CacheFiles files = new CacheFiles();
    DiskStore<ParseRecord> records = new DiskStore<>(source, "parse", ParseRecord.class);
    files.stores.add(records);
    files.parses = new ParseStore(records);
    memo.<ParsedMarkdown>table("parse").backWith(files.parses);
    files.back(memo, source, "highlight", HighlightedCode.class);
    files.back(memo, source, "load", new ValueType<Optional<SourcePage>>() {}.type());
    files.back(memo, source, "search pages", dev.lectern.search.SiteSearch.PAGE_TYPE);
    files.back(memo, source, "render", Rendered.class);
    files.back(memo, source, "page checks", dev.lectern.check.OutputChecks.FACTS_TYPE);
    files.back(memo, source, "link checks", dev.lectern.check.OutputChecks.VERDICTS_TYPE);
    files.back(memo, source, "git dates", new ValueType<Map<String, LocalDate>>() {}.type());
    return files;
  }

  private void back(Memo memo, Path source, String table, Type type) {
    DiskStore<Object> store = new DiskStore<>(source, table.replace(' ', '-'), type);
    memo.table(table).backWith(store);
    stores.add(store);
  }

  /** The parse table's cache file, which the parse stage tells how to parse a page again. */
  ParseStore parses() {
    return parses;
  }

  /** Writes every table's file with the entries the build used. */
  void save() {
    stores.forEach(DiskStore::save);
  }
}
