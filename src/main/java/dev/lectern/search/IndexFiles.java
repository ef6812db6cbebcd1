package dev.lectern.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collections;
import java.util.HexFormat;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * The files of the index, each JSON, under content-hashed names ({@code words/3fa9c1b27e04.json})
 * so that hosts and browsers may cache them forever and a rebuild changes only the files whose
 * content changed. Only the manifest has a fixed name.
 */
final class IndexFiles {
  /** The index's folder below the site root. */
  static final String FOLDER = "search/";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int HASH_CHARS = 12;

  private final SortedMap<String, byte[]> files = new TreeMap<>();

  /** Adds {@code value} as JSON under {@code folder}; returns its name relative to the index. */
  String add(String folder, Object value) {
    byte[] bytes = json(value);
    String name = folder + "/" + hash(bytes) + ".json";
    files.put(FOLDER + name, bytes);
    return name;
  }

  /** The content hash that names a file of {@code bytes}. */
  static String hash(byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes);
    CRC32C crcC = new CRC32C();
    crcC.update(bytes);
    long both = crc.getValue() << 32 | crcC.getValue();
    return HexFormat.of().toHexDigits(both).substring(0, HASH_CHARS);
  }

  /** Adds the manifest, under its fixed name. */
  void manifest(Object value) {
    files.put(FOLDER + SearchIndex.MANIFEST, json(value));
  }

  SortedMap<String, byte[]> all() {
    return Collections.unmodifiableSortedMap(files);
  }

  static byte[] json(Object value) {
    try {
      return JSON.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the search index is plain data", e);
    }
  }
}
