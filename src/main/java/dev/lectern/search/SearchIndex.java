package dev.lectern.search;

import dev.lectern.search.SearchPage.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * The site's search index, written as many small files below {@code search/} from every page's
 * {@link SearchPage} (a pure function of those pages): a manifest under a fixed name, and under
 * content-hashed names the vocabulary in shards, the postings in chunks, a table of the pages,
 * a directory giving each page's title, URL and record, and one record per page (the sections a
 * result shows). A query fetches the manifest, the page table, the shards and chunks of its
 * words, the directory files of its best pages and, once the reader stops typing, their records;
 * nothing else. The README's search section describes each file.
 */
public final class SearchIndex {
  /** The index's folder below the site root. */
  public static final String FOLDER = IndexFiles.FOLDER;
  /** The manifest's name below {@code search/}. */
  public static final String MANIFEST = "manifest.json";
  /** The manifest's path below the site root, the one fixed name the pages refer to. */
  public static final String MANIFEST_PATH = IndexFiles.FOLDER + MANIFEST;
  /** The version of the format, checked by {@code search-engine.js}. */
  static final int VERSION = 3;
  /**
   * Pages per directory file. A result costs its page's directory file, and the best pages of a
   * query are spread over the whole site: small files waste less (on 10,000 chapters the first
   * query fetched 75 KB of directory files at 128 pages each, 22 KB at 16).
   */
  static final int DIRECTORY_SIZE = 16;

  private SearchIndex() {}

  /** The index's files: output path below the site root → bytes. */
  public static SortedMap<String, byte[]> files(List<SearchPage> pages) {
    IndexFiles files = new IndexFiles();
    Postings postings = Postings.of(pages);

    Map<String, String> dictionary = new LinkedHashMap<>();
    Dictionary.of(postings.frequencies()).forEach((key, shard) ->
        dictionary.put(key, files.add("words", shard)));
    List<List<String>> chunks = new ArrayList<>();
    for (Map<String, String> chunk : Chunks.of(postings.encoded())) {
      chunks.add(List.of(chunk.keySet().iterator().next(), files.add("postings", chunk)));
    }
    // The first chunk starts at the beginning of the alphabet, whatever its first term.
    if (!chunks.isEmpty()) {
      chunks.set(0, List.of("", chunks.get(0).get(1)));
    }
    Facets facets = new Facets(pages);
    String pageTable = files.add("pages", facets.table(pages));
    List<String> directory = new ArrayList<>();
    List<List<String>> entries = new ArrayList<>();
    for (SearchPage page : pages) {
      String record = files.add("records", record(page));
      String name = record.substring(record.indexOf('/') + 1, record.length() - ".json".length());
      entries.add(List.of(name, page.info().title(), page.info().url()));
      if (entries.size() == DIRECTORY_SIZE) {
        directory.add(files.add("directory", List.copyOf(entries)));
        entries.clear();
      }
    }
    if (!entries.isEmpty()) {
      directory.add(files.add("directory", List.copyOf(entries)));
    }

    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("version", VERSION);
    manifest.put("pages", pages.size());
    manifest.put("docs", postings.docs());
    manifest.put("stopWords", new TreeSet<>(Words.STOP_WORDS));
    Map<String, Object> impact = new LinkedHashMap<>();
    impact.put("min", Impact.MIN);
    impact.put("max", Impact.MAX);
    impact.put("levels", Impact.LEVELS);
    manifest.put("impact", impact);
    manifest.put("pageTable", pageTable);
    manifest.put("dictKeyLength", Dictionary.MAX_KEY);
    manifest.put("dict", dictionary);
    manifest.put("chunks", chunks);
    Map<String, Object> directoryOf = new LinkedHashMap<>();
    directoryOf.put("size", DIRECTORY_SIZE);
    directoryOf.put("files", directory);
    manifest.put("directory", directoryOf);
    manifest.put("records", "records/");
    manifest.put("kinds", java.util.Arrays.stream(Kind.values()).map(Kind::id).toList());
    manifest.put("sections", facets.sections());
    manifest.put("levels", facets.levels());
    files.manifest(manifest);
    return files.all();
  }

  /**
   * What a result shows of a page's sections: per document its fragment, heading and text. The
   * title and URL are in the directory, which results show while the reader types.
   */
  private static Map<String, Object> record(SearchPage page) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("d", page.docs().stream()
        .map(d -> List.of(d.fragment(), d.heading(), d.excerpt())).toList());
    return record;
  }
}
