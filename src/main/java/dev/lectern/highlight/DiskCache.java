package dev.lectern.highlight;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import dev.lectern.api.HighlightedCode;
import dev.lectern.memo.Fingerprint;
import dev.lectern.memo.MemoStore;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Highlighted code kept on disk between builds, in {@code .lectern-cache/highlight.bin} in the
 * site's folder: the store behind the memo's highlighting table. Entries are keyed by the
 * fingerprint of language and code; the whole file is keyed by
 * the highlighter's own code (the size and time of the jar or classes it was loaded from), so a
 * new Lectern never reads an old cache. Only blocks highlighted without a problem are kept, so the
 * cache cannot change the output; a build writes back exactly the blocks it used. Blocks
 * highlighted afresh go to a journal file as they are made rather than stay in memory: a large
 * site has hundreds of megabytes of highlighted HTML. Thread-safe.
 */
public final class DiskCache implements MemoStore<HighlightedCode> {
  /** The cache folder, in the site's source folder. */
  public static final String FOLDER = ".lectern-cache";
  private static final String FILE = "highlight.bin";
  private static final int MAGIC = 0x4C48_4331;  // "LHC1"

  private final Path file;
  private final Map<Key, String> stored;
  private final Set<Key> usedStored = ConcurrentHashMap.newKeySet();
  private final Set<Key> fresh = ConcurrentHashMap.newKeySet();
  private Path journalFile;
  private DataOutputStream journal;
  /** The length of the journal's header, which is a cache file's header with a count of 0. */
  private int journalHeader;
  private boolean journalBroken;
  private volatile boolean saved;

  private record Key(String hex) {}

  private DiskCache(Path file, Map<Key, String> stored) {
    this.file = file;
    this.stored = stored;
  }

  /** The cache of {@code sourceRoot}, read in. */
  public static DiskCache open(Path sourceRoot) {
    Path file = sourceRoot.resolve(FOLDER).resolve(FILE);
    deleteStaleJournals(file.getParent());
    return new DiskCache(file, read(file));
  }

  /** Journals a day old: left by a build that was killed (others are deleted at exit). */
  private static void deleteStaleJournals(Path folder) {
    long dayAgo = System.currentTimeMillis() - 24L * 60 * 60 * 1000;
    try (Stream<Path> files = Files.list(folder)) {
      for (Path p : files.filter(p -> p.toString().endsWith(".journal")).toList()) {
        if (Files.getLastModifiedTime(p).toMillis() < dayAgo) {
          Files.deleteIfExists(p);
        }
      }
    } catch (IOException | RuntimeException ignored) {
      // no folder yet, or not readable: nothing to clean
    }
  }

  @Override
  public Optional<HighlightedCode> find(Fingerprint fingerprint) {
    Key key = new Key(fingerprint.hex());
    String html = stored.get(key);
    if (html == null) {
      return Optional.empty();
    }
    if (!saved) {
      usedStored.add(key);
    }
    return Optional.of(new HighlightedCode(html, Optional.empty()));
  }

  @Override
  public void offer(Fingerprint fingerprint, HighlightedCode value) {
    Key key = new Key(fingerprint.hex());
    if (!saved && value.problem().isEmpty() && fresh.add(key)) {
      append(key, value.html());
    }
  }

  private synchronized void append(Key key, String html) {
    if (journalBroken || saved) {
      return;
    }
    try {
      if (journal == null) {
        Files.createDirectories(file.getParent());
        journalFile = Files.createTempFile(file.getParent(), FILE, ".journal");
        journalFile.toFile().deleteOnExit();
        journal = new DataOutputStream(
            new BufferedOutputStream(Files.newOutputStream(journalFile), 1 << 16));
        writeHeader(journal, 0);
        journalHeader = journal.size();
      }
      writeEntry(journal, key, html.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      journalBroken = true;  // a cache that cannot be written is only slower next time
    }
  }

  private static void writeHeader(DataOutputStream out, int count) throws IOException {
    out.writeInt(MAGIC);
    out.writeUTF(codeVersion());
    out.writeInt(count);
  }

  private static void writeEntry(DataOutputStream out, Key key, byte[] html) throws IOException {
    out.writeUTF(key.hex());
    out.writeInt(html.length);
    out.write(html);
  }

  /**
   * Writes the blocks used since the cache was opened, replacing the file atomically; false if
   * it could not. Only the first call writes: afterwards the cache still answers from what it
   * read, but records nothing.
   */
  public synchronized boolean save() {
    if (saved) {
      return true;
    }
    saved = true;
    try {
      if (fresh.isEmpty() && usedStored.equals(stored.keySet())) {
        return true;
      }
      if (journalBroken) {
        return false;
      }
      if (journal != null) {
        journal.close();
      }
      Files.createDirectories(file.getParent());
      Path temp;
      if (usedStored.isEmpty() && journalFile != null) {
        // Nothing from the old file: the journal is the new file once it has its count. A large
        // site's cache is hundreds of megabytes, not worth copying.
        try (FileChannel channel = FileChannel.open(journalFile, StandardOpenOption.WRITE)) {
          channel.write(ByteBuffer.allocate(4).putInt(0, fresh.size()), journalHeader - 4);
        }
        temp = journalFile;
      } else {
        temp = Files.createTempFile(file.getParent(), FILE, ".tmp");
        try (DataOutputStream out = new DataOutputStream(
            new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16))) {
          writeHeader(out, usedStored.size() + fresh.size());
          for (Key key : usedStored) {
            writeEntry(out, key, stored.get(key).getBytes(StandardCharsets.UTF_8));
          }
          if (journalFile != null) {
            try (InputStream in = Files.newInputStream(journalFile)) {
              in.skipNBytes(journalHeader);
              in.transferTo(out);
            }
          }
        }
      }
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return true;
    } catch (IOException e) {
      return false;
    } finally {
      closeJournal();
    }
  }

  private void closeJournal() {
    try {
      if (journal != null) {
        journal.close();
      }
      if (journalFile != null) {
        Files.deleteIfExists(journalFile);
      }
    } catch (IOException ignored) {
      // best effort: the journal is a temporary file, deleted at exit anyway
    }
    journal = null;
    journalFile = null;
  }

  private static Map<Key, String> read(Path file) {
    Map<Key, String> entries = new ConcurrentHashMap<>();
    if (!Files.isRegularFile(file)) {
      return entries;
    }
    try (DataInputStream in = new DataInputStream(
        new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      if (in.readInt() != MAGIC || !in.readUTF().equals(codeVersion())) {
        return entries;
      }
      int count = in.readInt();
      for (int i = 0; i < count; i++) {
        String hex = in.readUTF();
        byte[] html = in.readNBytes(in.readInt());
        entries.put(new Key(hex), new String(html, StandardCharsets.UTF_8));
      }
      return entries;
    } catch (IOException | RuntimeException e) {
      return new ConcurrentHashMap<>();  // unreadable or cut short: start afresh
    }
  }

  private static volatile String codeVersion;

  /**
   * Identifies the highlighter's code: the size and modification time of the jar it was loaded
   * from, or of every class file below its package when run from a folder of classes.
   */
  public static String codeVersion() {
    String v = codeVersion;
    if (v == null) {
      v = computeCodeVersion();
      codeVersion = v;
    }
    return v;
  }

  private static String computeCodeVersion() {
    try {
      Path location = Path.of(DiskCache.class.getProtectionDomain().getCodeSource().getLocation()
          .toURI());
      if (Files.isRegularFile(location)) {
        return "jar " + Files.size(location) + " " + Files.getLastModifiedTime(location).toMillis();
      }
      StringBuilder s = new StringBuilder("classes");
      Path pkg = location.resolve("dev/lectern/highlight");
      try (Stream<Path> walk = Files.walk(pkg)) {
        for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
          s.append(' ').append(pkg.relativize(p)).append(':').append(Files.size(p)).append(':')
              .append(Files.getLastModifiedTime(p).toMillis());
        }
      }
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return java.util.HexFormat.of().formatHex(sha.digest(s.toString()
          .getBytes(StandardCharsets.UTF_8)));
    } catch (IOException | URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
      return "unknown " + System.nanoTime();  // never matches: no cache rather than a wrong one
    }
  }
}
