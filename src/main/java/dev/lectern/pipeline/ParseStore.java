package dev.lectern.pipeline;

import dev.lectern.markdown.ParseRecord;
import dev.lectern.markdown.ParsedMarkdown;
import dev.lectern.memo.DiskStore;
import dev.lectern.memo.Fingerprint;
import dev.lectern.memo.MemoStore;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The parse table's cache file. A syntax tree cannot be stored, but everything the stages after
 * parsing read of a page can ({@link ParseRecord}): a page found here is known at once and
 * parsed again only if its tree is asked for, which happens when the page itself is rendered
 * again. A build that changed one chapter therefore parses one chapter, plus any page whose
 * rendered output cannot be taken from the render table.
 */
final class ParseStore implements MemoStore<ParsedMarkdown> {
  private final DiskStore<ParseRecord> records;
  private volatile Function<ParseRecord, ParsedMarkdown.Tree> reparse = record -> {
    throw new IllegalStateException("no Markdown engine to parse " + record.source().file());
  };

  ParseStore(DiskStore<ParseRecord> records) {
    this.records = records;
  }

  /** How this build parses a stored page again: its engine, reading its snapshot of the files. */
  void reparseWith(Function<ParseRecord, ParsedMarkdown.Tree> parser) {
    this.reparse = parser;
  }

  @Override
  public Optional<Stored<ParsedMarkdown>> find(Fingerprint key) {
    Function<ParseRecord, ParsedMarkdown.Tree> parser = reparse;
    return records.find(key).map(s -> new Stored<>(
        ParsedMarkdown.later(s.value(), () -> checked(s.value(), parser.apply(s.value()))),
        s.diagnostics(), s.reads(), s.uses()));
  }

  @Override
  public void offer(Fingerprint key, Stored<ParsedMarkdown> entry) {
    records.offer(key, new Stored<>(entry.value().record(), entry.diagnostics(), entry.reads(),
        entry.uses()));
  }

  @Override
  public List<MemoKey> keep(Fingerprint key) {
    return records.keep(key);
  }

  /** The same inputs parse into the same tree; a tree that does not match its record is a bug. */
  private static ParsedMarkdown.Tree checked(ParseRecord record, ParsedMarkdown.Tree tree) {
    if (tree.links().size() != record.links().size()) {
      throw new IllegalStateException("parsing " + record.source().file() + " again gave "
          + tree.links().size() + " links instead of " + record.links().size());
    }
    return tree;
  }
}
