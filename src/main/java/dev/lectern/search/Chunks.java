package dev.lectern.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.zip.CRC32;

/**
 * Splits the sorted terms and their postings into chunks, so that a query fetches only the
 * chunks of its terms. Where a chunk ends depends on the terms themselves (a chunk closes after a
 * term whose hash ends in three zero bits, once it holds {@link #MIN_CHARS}), not on a running
 * count: a page edit that adds or drops a term changes one chunk, not every chunk after it. A
 * term whose postings alone pass {@link #MAX_CHARS} gets a chunk of its own.
 */
final class Chunks {
  static final int MIN_CHARS = 4_000;
  static final int MAX_CHARS = 32_000;

  private Chunks() {}

  /** The chunks in term order, each a map from term to postings. */
  static List<Map<String, String>> of(SortedMap<String, String> postings) {
    List<Map<String, String>> chunks = new ArrayList<>();
    Map<String, String> current = new LinkedHashMap<>();
    int size = 0;
    for (Map.Entry<String, String> e : postings.entrySet()) {
      int entry = e.getKey().length() + e.getValue().length() + 6;
      if (!current.isEmpty() && size + entry > MAX_CHARS) {
        chunks.add(current);
        current = new LinkedHashMap<>();
        size = 0;
      }
      current.put(e.getKey(), e.getValue());
      size += entry;
      if (size >= MIN_CHARS && (boundary(e.getKey()) || size >= MAX_CHARS)) {
        chunks.add(current);
        current = new LinkedHashMap<>();
        size = 0;
      }
    }
    if (!current.isEmpty()) {
      chunks.add(current);
    }
    return chunks;
  }

  private static boolean boundary(String term) {
    CRC32 crc = new CRC32();
    crc.update(term.getBytes(StandardCharsets.UTF_8));
    return (crc.getValue() & 7) == 0;
  }
}
