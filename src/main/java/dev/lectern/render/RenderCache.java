package dev.lectern.render;

import dev.lectern.content.SourcePage;
import dev.lectern.diagnostic.Diagnostic;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rendered pages from earlier builds in the same process, for {@code serve}. A page's HTML depends
 * on its own source and on the rest of the site only through the site's skeleton (every page's
 * place, front matter, summary and FAQ questions; the configuration; templates; asset names), so
 * a page whose source is unchanged in a build with an unchanged skeleton is reused as it was.
 * Thread-safe.
 */
public abstract class RenderCache {
  RenderCache() {}

  /** What a page's render produced, problems included. */
  public record Entry(SourcePage source, String skeleton, Optional<byte[]> html,
      String description, List<Diagnostic> diagnostics) {}

  /** No memory: every page is rendered. */
  public static RenderCache none() {
    return new RenderCache() {
      @Override
      Optional<Entry> find(String file, SourcePage source, String skeleton) {
        return Optional.empty();
      }

      @Override
      void store(String file, Entry entry) {}
    };
  }

  /** Remembers the last render of each page. */
  public static RenderCache remembering() {
    Map<String, Entry> entries = new ConcurrentHashMap<>();
    return new RenderCache() {
      @Override
      Optional<Entry> find(String file, SourcePage source, String skeleton) {
        Entry e = entries.get(file);
        return e != null && e.skeleton().equals(skeleton) && e.source().equals(source)
            ? Optional.of(e) : Optional.empty();
      }

      @Override
      void store(String file, Entry entry) {
        entries.put(file, entry);
      }
    };
  }

  abstract Optional<Entry> find(String file, SourcePage source, String skeleton);

  abstract void store(String file, Entry entry);
}
