package dev.lectern.memo;

import dev.lectern.diagnostic.Diagnostic;
import dev.lectern.memo.MemoStore.MemoKey;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32C;

/**
 * One memo table kept on disk between builds, in {@code .lectern-cache/NAME.bin} in the site's
 * folder. The file is read lazily (mapped, and indexed by key, on the first lookup), trusted only
 * if it was written by this very Lectern (its code's fingerprint is in the header) and is whole
 * (a checksum over everything ends it: a file torn by a kill is discarded, never half-trusted).
 * A build writes back exactly the entries it used: entries computed afresh go to a journal as
 * they are made, and {@link #save} copies the used old ones beside them and swaps the new file in.
 * Thread-safe.
 *
 * @param <V> the table's values, of a shape {@link ValueCodec} can write
 */
public final class DiskStore<V> implements MemoStore<V> {
  /** The cache folder, in the site's source folder. */
  public static final String FOLDER = ".lectern-cache";
  private static final int MAGIC = 0x4C4D_4332;  // "LMC2"
  private static final Type DIAGNOSTICS = listOf(Diagnostic.class);
  private static final Type READS = listOf(FileDependency.class);
  private static final Type USES = listOf(MemoStore.MemoKey.class);
  /**
   * The most a table's file may hold: it is mapped as one buffer with int offsets, and past this
   * a cache costs more to write and read than it saves. Entries beyond it are not kept, so they
   * are computed again next time (100,000 chapters made 6.6 GB of rendered pages).
   */
  static final long MAX_FILE_BYTES = 1L << 30;

  private final Path file;
  private final Type valueType;
  private final long maxBytes;
  private final String header;
  private volatile Map<Fingerprint, Slice> old;
  private ByteBuffer mapped;
  private final Set<Fingerprint> usedOld = ConcurrentHashMap.newKeySet();
  private final Set<Fingerprint> fresh = ConcurrentHashMap.newKeySet();
  private Path journalFile;
  private DataOutputStream journal;
  private final List<Integer> journaled = new ArrayList<>();
  private long journalBytes;
  private boolean broken;
  private boolean saved;

  private record Slice(int offset, int length) {}

  /**
   * @param valueType the values' declared type, e.g. {@code String.class} or a parameterised
   *     type from {@link ValueType}
   */
  public DiskStore(Path sourceRoot, String name, Type valueType) {
    this(sourceRoot, name, valueType, MAX_FILE_BYTES);
  }

  /** A store whose file holds at most about {@code maxBytes} of entries (tests use small ones). */
  DiskStore(Path sourceRoot, String name, Type valueType, long maxBytes) {
    this.file = sourceRoot.resolve(FOLDER).resolve(name + ".bin");
    this.valueType = valueType;
    this.maxBytes = maxBytes;
    this.header = CodeVersion.of(DiskStore.class).hex() + " " + name + " " + valueType;
  }

  @Override
  public Optional<Stored<V>> find(Fingerprint key) {
    Map<Fingerprint, Slice> index = index();
    Slice slice = index.get(key);
    if (slice == null) {
      return Optional.empty();
    }
    try {
      Stored<V> stored = decode(slice);
      usedOld.add(key);
      return Optional.of(stored);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();  // an entry that does not read back is not trusted
    }
  }

  @Override
  public List<MemoKey> keep(Fingerprint key) {
    Slice slice = index().get(key);
    if (slice == null || !usedOld.add(key)) {
      return List.of();
    }
    try {
      return uses(slice);
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }

  @Override
  public void offer(Fingerprint key, Stored<V> entry) {
    byte[] payload;
    try {
      payload = encode(key, entry);
    } catch (IOException | RuntimeException e) {
      return;  // a value the codec cannot write stays in memory only
    }
    if (fresh.add(key)) {
      append(payload);
    }
  }

  private synchronized void append(byte[] payload) {
    if (broken || saved) {
      return;
    }
    try {
      if (journal == null) {
        Files.createDirectories(file.getParent());
        journalFile = Files.createTempFile(file.getParent(), file.getFileName().toString(),
            ".journal");
        journalFile.toFile().deleteOnExit();
        journal = new DataOutputStream(new BufferedOutputStream(
            Files.newOutputStream(journalFile), 1 << 16));
      }
      if (journalBytes + 4 + payload.length > maxBytes) {
        return;  // over the table's size: this entry is computed again next time
      }
      journal.writeInt(payload.length);
      journal.write(payload);
      journalBytes += 4 + payload.length;
      journaled.add(payload.length);
    } catch (IOException e) {
      broken = true;  // a cache that cannot be written is only slower next time
    }
  }

  /**
   * Writes the entries this build used, replacing the file atomically; false if it could not.
   * Only the first call writes.
   */
  public synchronized boolean save() {
    if (saved) {
      return true;
    }
    saved = true;
    try {
      if (broken) {
        return false;
      }
      if (journal != null) {
        journal.close();
      }
      Map<Fingerprint, Slice> index = index();
      if (fresh.isEmpty() && usedOld.size() == index.size()) {
        return true;  // the file already holds exactly what was used
      }
      Files.createDirectories(file.getParent());
      Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
      CRC32C crc = new CRC32C();
      try (OutputStream raw = Files.newOutputStream(temp);
          DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
              new ChecksummedStream(raw, crc), 1 << 16))) {
        out.writeInt(MAGIC);
        byte[] head = header.getBytes(StandardCharsets.UTF_8);
        out.writeInt(head.length);
        out.write(head);
        List<Fingerprint> kept = new ArrayList<>(usedOld);
        long room = maxBytes;
        for (Fingerprint key : kept) {
          room -= 4 + index.get(key).length();
        }
        int fromJournal = 0;
        for (int length : journaled) {
          if ((room -= 4 + length) < 0) {
            break;
          }
          fromJournal++;
        }
        out.writeInt(kept.size() + fromJournal);
        for (Fingerprint key : kept) {
          Slice s = index.get(key);
          byte[] payload = new byte[s.length()];
          mapped.get(s.offset(), payload);
          out.writeInt(payload.length);
          out.write(payload);
        }
        copyJournal(fromJournal, out);
        out.flush();
        new DataOutputStream(raw).writeLong(crc.getValue());
      }
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
      return true;
    } catch (IOException e) {
      return false;
    } finally {
      deleteJournal();
    }
  }

  /** Copies the first {@code entries} entries of the journal to {@code out}. */
  private void copyJournal(int entries, DataOutputStream out) throws IOException {
    if (journalFile == null) {
      return;
    }
    try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(
        Files.newInputStream(journalFile), 1 << 16))) {
      for (int i = 0; i < entries; i++) {
        byte[] payload = new byte[in.readInt()];
        in.readFully(payload);
        out.writeInt(payload.length);
        out.write(payload);
      }
    }
  }

  private void deleteJournal() {
    try {
      if (journalFile != null) {
        Files.deleteIfExists(journalFile);
      }
    } catch (IOException ignored) {
      // a temporary file, deleted at exit anyway
    }
    journal = null;
    journalFile = null;
  }

  /** The old file's entries by key: read on first use; empty if absent, foreign or torn. */
  private Map<Fingerprint, Slice> index() {
    Map<Fingerprint, Slice> index = old;
    if (index == null) {
      synchronized (this) {
        if (old == null) {
          old = read();
        }
        index = old;
      }
    }
    return index;
  }

  private Map<Fingerprint, Slice> read() {
    if (!Files.isRegularFile(file)) {
      return Map.of();
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      if (size < 20 || size > Integer.MAX_VALUE) {
        return Map.of();
      }
      ByteBuffer buffer = channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
      CRC32C crc = new CRC32C();
      crc.update(buffer.slice(0, (int) size - 8));
      if (crc.getValue() != buffer.getLong((int) size - 8) || buffer.getInt(0) != MAGIC) {
        return Map.of();
      }
      int headLength = buffer.getInt(4);
      byte[] head = new byte[headLength];
      buffer.get(8, head);
      if (!new String(head, StandardCharsets.UTF_8).equals(header)) {
        return Map.of();  // another Lectern, table or value type wrote it
      }
      int at = 8 + headLength;
      int count = buffer.getInt(at);
      at += 4;
      Map<Fingerprint, Slice> index = new HashMap<>(count * 2);
      for (int i = 0; i < count; i++) {
        int length = buffer.getInt(at);
        Fingerprint key = new Fingerprint(buffer.getLong(at + 4), buffer.getLong(at + 12));
        index.put(key, new Slice(at + 4, length));
        at += 4 + length;
      }
      mapped = buffer;
      return index;
    } catch (IOException | RuntimeException e) {
      return Map.of();  // unreadable or cut short: start afresh
    }
  }

  private byte[] encode(Fingerprint key, Stored<V> entry) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeLong(key.high());
    out.writeLong(key.low());
    // What the entry uses comes first: keeping an entry alive reads no further.
    ValueCodec.write(out, USES, entry.uses());
    ValueCodec.write(out, valueType, entry.value());
    ValueCodec.write(out, DIAGNOSTICS, entry.diagnostics());
    ValueCodec.write(out, READS, entry.reads());
    return bytes.toByteArray();
  }

  @SuppressWarnings("unchecked")
  private Stored<V> decode(Slice slice) throws IOException {
    byte[] payload = new byte[slice.length()];
    mapped.get(slice.offset(), payload);
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload, 16,
        payload.length - 16));
    List<MemoKey> uses = (List<MemoKey>) ValueCodec.read(in, USES);
    V value = (V) ValueCodec.read(in, valueType);
    List<Diagnostic> diagnostics = (List<Diagnostic>) ValueCodec.read(in, DIAGNOSTICS);
    List<FileDependency> reads = (List<FileDependency>) ValueCodec.read(in, READS);
    return new Stored<>(value, diagnostics, reads, uses);
  }

  @SuppressWarnings("unchecked")
  private List<MemoKey> uses(Slice slice) throws IOException {
    byte[] payload = new byte[slice.length()];
    mapped.get(slice.offset(), payload);
    return (List<MemoKey>) ValueCodec.read(new DataInputStream(new ByteArrayInputStream(
        payload, 16, payload.length - 16)), USES);
  }

  private static Type listOf(Class<?> element) {
    return new ParameterizedType() {
      @Override
      public Type[] getActualTypeArguments() {
        return new Type[] {element};
      }

      @Override
      public Type getRawType() {
        return List.class;
      }

      @Override
      public Type getOwnerType() {
        return null;
      }

      @Override
      public String toString() {
        return "java.util.List<" + element.getName() + ">";
      }
    };
  }

  /** Counts everything written through it into a checksum. */
  private static final class ChecksummedStream extends java.io.FilterOutputStream {
    private final CRC32C crc;

    ChecksummedStream(OutputStream out, CRC32C crc) {
      super(out);
      this.crc = crc;
    }

    @Override
    public void write(int b) throws IOException {
      crc.update(b);
      out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      crc.update(b, off, len);
      out.write(b, off, len);
    }

    @Override
    public void close() {
      // the caller writes the checksum after the body, then closes the file itself
    }
  }
}
