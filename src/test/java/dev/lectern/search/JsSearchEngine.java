package dev.lectern.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/**
 * The browser's search engine, {@code assets/js/search-engine.js} as it ships, run in GraalJS:
 * the tests ask it for stems and rankings, so what they check is what readers' browsers run. Its
 * index files come from a built site's output instead of the network.
 */
final class JsSearchEngine implements AutoCloseable {
  static final Path SCRIPT = Path.of("assets/js/search-engine.js");
  private static final String MANIFEST_URL = "/site/" + SearchIndex.MANIFEST_PATH;

  private final Context context;
  private final Value api;
  private final List<String> filesRead = new ArrayList<>();

  JsSearchEngine() {
    // Interpreted GraalJS on a stock JDK: plenty for tests, and quiet about it.
    Engine engine = Engine.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
    context = Context.newBuilder("js").engine(engine).allowAllAccess(false).build();
    try {
      context.eval(Source.newBuilder("js", Files.readString(SCRIPT), SCRIPT.toString()).build());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    api = context.getBindings("js").getMember("LecternSearch");
  }

  /** The stems of {@code words}, in order. */
  List<String> stems(List<String> words) {
    Value fn = context.eval("js", "(api, text) => text.split('\\n').map(api.stem).join('\\n')");
    return List.of(fn.execute(api, String.join("\n", words)).asString().split("\n", -1));
  }

  /** The normalised words of {@code text}, in order. */
  List<String> words(String text) {
    Value fn = context.eval("js",
        "(api, text) => api.words(text).map(w => w.word).join('\\n')");
    String joined = fn.execute(api, text).asString();
    return joined.isEmpty() ? List.of() : List.of(joined.split("\n", -1));
  }

  /**
   * Searches an index for {@code query}: the results as the dialog gets them, each with its
   * page's URL, title, kind and its documents' URLs.
   */
  List<Result> search(Map<String, byte[]> siteFiles, String query, int limit) {
    return search(siteFiles, query, limit, true);
  }

  /**
   * Searches as {@link #search(Map, String, int)} does; without {@code sections}, as the dialog
   * does while the reader types (titles and URLs only, no records). {@link #filesRead()} then
   * names the index files the search fetched.
   */
  List<Result> search(Map<String, byte[]> siteFiles, String query, int limit, boolean sections) {
    filesRead.clear();
    Value run = context.eval("js", """
        (api, manifest, read, query, limit, sections) => {
          const out = { done: false };
          const load = url => new Promise(ok => ok(JSON.parse(read(url))));
          api.open(manifest, load).then(index => index.search(query, limit, null, sections))
            .then(r => { out.value = r; out.done = true; },
                  e => { out.error = String(e && e.stack || e); out.done = true; });
          return out;
        }""");
    ProxyExecutable read = args -> {
      String url = args[0].asString();
      filesRead.add(url.substring("/site/".length()));
      byte[] bytes = siteFiles.get(url.substring("/site/".length()));
      if (bytes == null) {
        throw new IllegalArgumentException("no such index file: " + url);
      }
      return new String(bytes, StandardCharsets.UTF_8);
    };
    Value out = run.execute(api, MANIFEST_URL, read, query, limit, sections);
    // Promise jobs run when the call returns to the engine; an empty evaluation flushes any left.
    for (int i = 0; i < 100 && !out.getMember("done").asBoolean(); i++) {
      context.eval("js", "0");
    }
    if (out.hasMember("error")) {
      throw new AssertionError("search-engine.js failed: " + out.getMember("error").asString());
    }
    if (!out.getMember("done").asBoolean()) {
      throw new AssertionError("search-engine.js never finished the search for '" + query + "'");
    }
    List<Result> results = new ArrayList<>();
    Value list = out.getMember("value").getMember("results");
    for (long i = 0; i < list.getArraySize(); i++) {
      Value r = list.getArrayElement(i);
      List<String> docs = new ArrayList<>();
      List<String> excerpts = new ArrayList<>();
      Value ds = r.getMember("docs");
      for (long j = 0; j < ds.getArraySize(); j++) {
        docs.add(ds.getArrayElement(j).getMember("url").asString());
        StringBuilder marked = new StringBuilder();
        Value segs = ds.getArrayElement(j).getMember("excerpt");
        for (long k = 0; k < segs.getArraySize(); k++) {
          Value s = segs.getArrayElement(k);
          String text = s.getMember("text").asString();
          marked.append(s.getMember("mark").asBoolean() ? "<mark>" + text + "</mark>" : text);
        }
        excerpts.add(marked.toString());
      }
      results.add(new Result(r.getMember("url").asString(), r.getMember("title").asString(),
          r.getMember("kind").asString(), List.copyOf(docs), List.copyOf(excerpts)));
    }
    return results;
  }

  /** The index files the last search read, in the order it asked for them. */
  List<String> filesRead() {
    return List.copyOf(filesRead);
  }

  /** One page found: where it links, its title and kind, and its matching documents. */
  record Result(String url, String title, String kind, List<String> docs,
      List<String> excerpts) {}

  @Override
  public void close() {
    context.close();
  }
}
