package dev.lectern.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.diagnostic.Diagnostics;
import dev.lectern.markdown.MarkdownEngine;
import dev.lectern.markdown.ParseRecord;
import dev.lectern.markdown.ParsedMarkdown;
import dev.lectern.memo.DiskStore;
import dev.lectern.memo.FileSnapshot;
import dev.lectern.memo.MemoStore.Stored;
import dev.lectern.testing.MarkdownPage;
import dev.lectern.testing.TestScope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page's parse kept on disk comes back equal, and its tree, parsed again, renders the same. */
class ParseStoreTest {
  @TempDir Path site;

  @Test
  void aStoredParseIsTheSameParseWithItsTreeMadeOnlyWhenAskedFor() throws IOException {
    MarkdownEngine engine = MarkdownPage.engine();
    String chapter = Files.readString(Path.of("content/objects/01-mro-and-super.md"));
    String body = chapter.substring(chapter.indexOf("\n---\n", 4) + 5);
    ParsedMarkdown fresh = MarkdownPage.parse(engine, "objects/01-mro-and-super.md", body,
        new Diagnostics());
    assertTrue(fresh.links().size() > 0 && !fresh.data().values().isEmpty(),
        "the chapter has links and page data, so both are stored");

    DiskStore<ParseRecord> written = new DiskStore<>(site, "parse", ParseRecord.class);
    new ParseStore(written).offer(fresh.fingerprint(),
        new Stored<>(fresh, List.of(), List.of(), List.of()));
    assertTrue(written.save());

    AtomicInteger parses = new AtomicInteger();
    ParseStore read = new ParseStore(new DiskStore<>(site, "parse", ParseRecord.class));
    read.reparseWith(record -> {
      parses.incrementAndGet();
      return engine.tree(record.source(), FileSnapshot.NONE.recorder());
    });
    ParsedMarkdown back = read.find(fresh.fingerprint()).orElseThrow().value();
    assertEquals(fresh.record(), back.record());
    assertEquals(0, parses.get(), "the record alone needs no parse");
    assertEquals(render(engine, fresh), render(engine, back));
    assertEquals(fresh.titleNode().isPresent(), back.titleNode().isPresent());
    assertEquals(1, parses.get(), "the tree is parsed once, when first asked for");
  }

  private static String render(MarkdownEngine engine, ParsedMarkdown page) {
    return engine.render(page.document(), new TestScope(page, new Diagnostics()));
  }
}
