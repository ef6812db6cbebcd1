package dev.lectern.memo;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.codec.digest.MurmurHash3;

/**
 * The canonical digester: the one way any input becomes a {@link Fingerprint}. Records are
 * digested field by field (with their class name), texts and byte arrays by content, lists in
 * order, maps and sets in iteration order (sorted first where that order is not stable, as for
 * {@code Map.of} and {@code HashMap}), and a {@link Fingerprinted} value by its own fingerprint.
 * Anything else is refused, a {@link java.nio.file.Path} above all: a path says where an input
 * is, not what it is, so the file's bytes must be digested instead.
 *
 * <p>Not thread-safe; each fingerprint is made by a fresh digester.
 */
public final class Digester {
  /** The hash's seed: a constant, so that fingerprints agree between runs and machines. */
  private static final int SEED = 0x4C454354;  // "LECT"
  /** Each thread's buffer, lent to one digester at a time: pages need tens of kilobytes. */
  private static final ThreadLocal<byte[]> SPARE = new ThreadLocal<>();
  private static final int KEPT = 1 << 20;
  private byte[] buffer;
  private int used;

  private Digester() {
    byte[] spare = SPARE.get();
    SPARE.set(null);  // a digest taken inside another (a Fingerprinted value) gets its own
    buffer = spare != null ? spare : new byte[4096];
  }

  /** The fingerprint of {@code parts}, digested in order. */
  public static Fingerprint of(Object... parts) {
    Digester d = new Digester();
    d.tag('(').integer(parts.length);
    for (Object part : parts) {
      d.add(part);
    }
    return d.finish();
  }

  /** The fingerprint of raw bytes alone: the same as {@code of(bytes)}. */
  public static Fingerprint ofBytes(byte[] bytes) {
    return of((Object) bytes);
  }

  /**
   * The 128-bit MurmurHash3 of the canonical encoding. Fingerprints key caches, not trust: a
   * non-cryptographic hash is enough against accidental collisions, and on the C1 compiler a
   * build runs with it hashes several times faster than SHA-256 (whose intrinsic only C2 has).
   */
  private Fingerprint finish() {
    long[] hash = MurmurHash3.hash128x64(buffer, 0, used, SEED);
    if (buffer.length <= KEPT) {
      SPARE.set(buffer);
    }
    return new Fingerprint(hash[0], hash[1]);
  }

  private Digester add(Object value) {
    if (value == null) {
      return tag('0');
    }
    if (value instanceof String s) {
      return tag('s').text(s);
    }
    if (value instanceof Fingerprinted f) {
      Fingerprint fp = f.fingerprint();
      return tag('f').longValue(fp.high()).longValue(fp.low());
    }
    if (value instanceof Fingerprint fp) {
      return tag('F').longValue(fp.high()).longValue(fp.low());
    }
    if (value instanceof Record r) {
      return record(r);
    }
    if (value instanceof byte[] bytes) {
      return tag('b').integer(bytes.length).bytes(bytes, 0, bytes.length);
    }
    if (value instanceof Collection<?> c) {
      return collection(c);
    }
    if (value instanceof Map<?, ?> m) {
      return map(m);
    }
    if (value instanceof Optional<?> o) {
      return o.isPresent() ? tag('o').add(o.get()) : tag('O');
    }
    return scalar(value);
  }

  private Digester scalar(Object value) {
    if (value instanceof Boolean b) {
      return tag(b ? 'T' : 'N');
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte) {
      return tag('i').longValue(((Number) value).longValue());
    }
    if (value instanceof Double || value instanceof Float) {
      return tag('d').longValue(Double.doubleToLongBits(((Number) value).doubleValue()));
    }
    if (value instanceof Character c) {
      return tag('c').integer(c);
    }
    if (value instanceof Enum<?> e) {
      return tag('e').text(e.getDeclaringClass().getName()).text(e.name());
    }
    if (value instanceof LocalDate || value instanceof URI) {
      return tag('t').text(value.getClass().getName()).text(value.toString());
    }
    if (value instanceof java.nio.file.Path || value instanceof java.io.File) {
      throw new IllegalArgumentException("a file path cannot be fingerprinted ('" + value
          + "'): digest the file's bytes, which are what the result depends on");
    }
    throw new IllegalArgumentException("cannot fingerprint a " + value.getClass().getName()
        + ": make it a record of fingerprintable values, or Fingerprinted");
  }

  private Digester record(Record r) {
    tag('r').text(r.getClass().getName());
    RecordShape shape = RecordShape.of(r.getClass());
    for (int i = 0; i < shape.types.length; i++) {
      try {
        add(shape.component(i, r));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e.getMessage(), e);
      }
    }
    return this;
  }

  private Digester collection(Collection<?> c) {
    tag(c instanceof Set<?> ? 'S' : 'L').integer(c.size());
    if (c instanceof Set<?> && hasUnstableOrder(c)) {
      List<Fingerprint> parts = new ArrayList<>(c.size());
      c.forEach(item -> parts.add(of(item)));
      parts.sort(FINGERPRINT_ORDER);
      parts.forEach(this::add);
      return this;
    }
    c.forEach(this::add);
    return this;
  }

  private Digester map(Map<?, ?> m) {
    tag('M').integer(m.size());
    if (hasUnstableOrder(m)) {
      List<Fingerprint> entries = new ArrayList<>(m.size());
      m.forEach((k, v) -> entries.add(of(k, v)));
      entries.sort(FINGERPRINT_ORDER);
      entries.forEach(this::add);
      return this;
    }
    m.forEach((k, v) -> add(k).add(v));
    return this;
  }

  private static final Comparator<Fingerprint> FINGERPRINT_ORDER =
      Comparator.comparingLong(Fingerprint::high).thenComparingLong(Fingerprint::low);

  /**
   * True for collections whose iteration order may differ between equal instances: hash-based
   * ones and the immutable {@code Set.of}/{@code Map.of}, whose order changes between JVMs.
   */
  static boolean hasUnstableOrder(Object c) {
    Class<?> type = c.getClass();
    return type == HashMap.class || type == HashSet.class || type == ConcurrentHashMap.class
        || type.getName().startsWith("java.util.ImmutableCollections$Set")
        || type.getName().startsWith("java.util.ImmutableCollections$Map")
        || type.getName().equals("java.util.concurrent.ConcurrentHashMap$KeySetView");
  }

  private Digester tag(char t) {
    ensure(1);
    buffer[used++] = (byte) t;
    return this;
  }

  private Digester integer(int v) {
    ensure(4);
    for (int shift = 24; shift >= 0; shift -= 8) {
      buffer[used++] = (byte) (v >>> shift);
    }
    return this;
  }

  private Digester longValue(long v) {
    ensure(8);
    for (int shift = 56; shift >= 0; shift -= 8) {
      buffer[used++] = (byte) (v >>> shift);
    }
    return this;
  }

  private Digester text(String s) {
    if (s.length() < 1024 && isAscii(s)) {
      integer(s.length());
      ensure(s.length());
      for (int i = 0; i < s.length(); i++) {
        buffer[used++] = (byte) s.charAt(i);
      }
      return this;
    }
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    return integer(-utf8.length - 1).bytes(utf8, 0, utf8.length);
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  private Digester bytes(byte[] b, int from, int length) {
    ensure(length);
    System.arraycopy(b, from, buffer, used, length);
    used += length;
    return this;
  }

  /** Room for {@code n} more bytes: the whole encoding is hashed at once when finished. */
  private void ensure(int n) {
    if (used + n > buffer.length) {
      buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, used + n));
    }
  }
}
