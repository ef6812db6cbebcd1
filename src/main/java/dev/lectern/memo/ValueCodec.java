package dev.lectern.memo;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes and reads values of the shapes memo tables hold, by their static type: records (through
 * their canonical constructor), texts, numbers, booleans, enums, dates, URIs, byte arrays, and
 * optionals, lists, sets and maps of those. Lists, sets and maps come back unmodifiable, in the
 * order written (hash-ordered ones come back hash-ordered, so that a value read back digests as
 * it did when written). A value of any other type cannot be written ({@link Unsupported}): its table
 * then keeps it in memory only.
 */
public final class ValueCodec {
  private ValueCodec() {}

  /** Thrown for a value the codec cannot write. */
  public static final class Unsupported extends IOException {
    private static final long serialVersionUID = 1L;

    Unsupported(String message) {
      super(message);
    }
  }

  /** Writes {@code value}, whose declared type is {@code type}. */
  public static void write(DataOutput out, Type type, Object value) throws IOException {
    Class<?> raw = raw(type);
    if (raw.isPrimitive()) {
      writePrimitive(out, raw, value);
      return;
    }
    if (value == null) {
      out.writeBoolean(false);
      return;
    }
    out.writeBoolean(true);
    if (raw == Object.class) {
      writeTagged(out, value);
    } else if (raw == String.class) {
      writeText(out, (String) value);
    } else if (raw == Integer.class || raw == Long.class || raw == Boolean.class
        || raw == Double.class) {
      writePrimitive(out, primitiveOf(raw), value);
    } else if (raw.isEnum()) {
      writeText(out, ((Enum<?>) value).name());
    } else if (raw == LocalDate.class || raw == URI.class) {
      writeText(out, value.toString());
    } else if (raw == byte[].class) {
      byte[] bytes = (byte[]) value;
      out.writeInt(bytes.length);
      out.write(bytes);
    } else if (raw == String[].class) {
      String[] texts = (String[]) value;
      out.writeInt(texts.length);
      for (String t : texts) {
        write(out, String.class, t);
      }
    } else if (raw == Optional.class) {
      Optional<?> o = (Optional<?>) value;
      out.writeBoolean(o.isPresent());
      if (o.isPresent()) {
        write(out, argument(type, 0), o.get());
      }
    } else if (raw == List.class || raw == Set.class) {
      java.util.Collection<?> c = (java.util.Collection<?>) value;
      out.writeBoolean(Digester.hasUnstableOrder(c));
      out.writeInt(c.size());
      for (Object item : c) {
        write(out, argument(type, 0), item);
      }
    } else if (raw == Map.class) {
      Map<?, ?> m = (Map<?, ?>) value;
      out.writeBoolean(Digester.hasUnstableOrder(m));
      out.writeInt(m.size());
      for (Map.Entry<?, ?> e : m.entrySet()) {
        write(out, argument(type, 0), e.getKey());
        write(out, argument(type, 1), e.getValue());
      }
    } else if (raw.isRecord() && raw.isInstance(value)) {
      RecordShape shape = RecordShape.of(raw);
      for (int i = 0; i < shape.types.length; i++) {
        write(out, shape.types[i], component(shape, i, value));
      }
    } else {
      throw new Unsupported("cannot store a " + value.getClass().getName() + " as " + type);
    }
  }

  /** Reads a value of declared type {@code type}, as {@link #write} wrote it. */
  public static Object read(DataInput in, Type type) throws IOException {
    Class<?> raw = raw(type);
    if (raw.isPrimitive()) {
      return readPrimitive(in, raw);
    }
    if (!in.readBoolean()) {
      return null;
    }
    if (raw == Object.class) {
      return readTagged(in);
    } else if (raw == String.class) {
      return readText(in);
    } else if (raw == Integer.class || raw == Long.class || raw == Boolean.class
        || raw == Double.class) {
      return readPrimitive(in, primitiveOf(raw));
    } else if (raw.isEnum()) {
      return enumValue(raw, readText(in));
    } else if (raw == LocalDate.class) {
      return LocalDate.parse(readText(in));
    } else if (raw == URI.class) {
      return URI.create(readText(in));
    } else if (raw == byte[].class) {
      byte[] bytes = new byte[checkedSize(in.readInt())];
      in.readFully(bytes);
      return bytes;
    } else if (raw == String[].class) {
      String[] texts = new String[checkedSize(in.readInt())];
      for (int i = 0; i < texts.length; i++) {
        texts[i] = (String) read(in, String.class);
      }
      return texts;
    } else if (raw == Optional.class) {
      return in.readBoolean() ? Optional.ofNullable(read(in, argument(type, 0)))
          : Optional.empty();
    } else if (raw == List.class || raw == Set.class) {
      boolean unordered = in.readBoolean();
      int n = checkedSize(in.readInt());
      List<Object> items = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        items.add(read(in, argument(type, 0)));
      }
      // Back in the same kind of order as written, so the value digests as it did.
      return raw == List.class ? Collections.unmodifiableList(items)
          : unordered ? copyOrKeep(new java.util.HashSet<>(items))
          : Collections.unmodifiableSet(new LinkedHashSet<>(items));
    } else if (raw == Map.class) {
      boolean unordered = in.readBoolean();
      int n = checkedSize(in.readInt());
      Map<Object, Object> map = unordered ? new java.util.HashMap<>() : new LinkedHashMap<>();
      for (int i = 0; i < n; i++) {
        map.put(read(in, argument(type, 0)), read(in, argument(type, 1)));
      }
      return unordered ? copyOrKeep(map) : Collections.unmodifiableMap(map);
    } else if (raw.isRecord()) {
      return readRecord(in, raw);
    }
    throw new Unsupported("cannot read a " + type);
  }

  /**
   * A value declared only as {@code Object} (front matter parameters, page data): its kind first,
   * then the value as its own type writes it. Records are named by class and read back only if
   * that class is on the class path.
   */
  private static void writeTagged(DataOutput out, Object value) throws IOException {
    Class<?> kind = value.getClass();
    if (value instanceof List<?> || value instanceof Set<?> || value instanceof Map<?, ?>) {
      out.writeByte(value instanceof List<?> ? 'l' : value instanceof Set<?> ? 's' : 'm');
      write(out, value instanceof Map<?, ?> ? ANY_MAP : value instanceof Set<?> ? ANY_SET
          : ANY_LIST, value);
      return;
    }
    char tag = TAGS.getOrDefault(kind, kind.isRecord() || kind.isEnum() ? 'r' : '?');
    if (tag == '?') {
      throw new Unsupported("cannot store a " + kind.getName() + " declared as Object");
    }
    out.writeByte(tag);
    if (tag == 'r') {
      writeText(out, kind.getName());
    }
    write(out, kind, value);
  }

  private static Object readTagged(DataInput in) throws IOException {
    int tag = in.readByte();
    switch (tag) {
      case 'l':
        return read(in, ANY_LIST);
      case 's':
        return read(in, ANY_SET);
      case 'm':
        return read(in, ANY_MAP);
      case 'r':
        return read(in, namedClass(readText(in)));
      default:
        for (Map.Entry<Class<?>, Character> e : TAGS.entrySet()) {
          if (e.getValue() == tag) {
            return read(in, e.getKey());
          }
        }
        throw new IOException("unknown value kind " + tag);
    }
  }

  private static Class<?> namedClass(String name) throws IOException {
    ClassLoader[] loaders = {ValueCodec.class.getClassLoader(),
        Thread.currentThread().getContextClassLoader()};
    for (ClassLoader loader : loaders) {
      try {
        Class<?> c = Class.forName(name, false, loader);
        if (c.isRecord() || c.isEnum()) {
          return c;
        }
      } catch (ClassNotFoundException | LinkageError e) {
        // try the next loader: an extension's records come from the extensions' loader
      }
    }
    throw new IOException("no record or enum " + name + " on the class path");
  }

  private static final Map<Class<?>, Character> TAGS = Map.of(String.class, 'S',
      Integer.class, 'I', Long.class, 'L', Boolean.class, 'B', Double.class, 'D',
      LocalDate.class, 'T', URI.class, 'U');
  private static final Type ANY_LIST = new ValueType<List<Object>>() {}.type();
  private static final Type ANY_SET = new ValueType<Set<Object>>() {}.type();
  private static final Type ANY_MAP = new ValueType<Map<Object, Object>>() {}.type();

  /** An immutable hash-ordered copy; the mutable one where a null rules that out. */
  private static Object copyOrKeep(Object hashed) {
    try {
      return hashed instanceof Map<?, ?> m ? Map.copyOf(m) : Set.copyOf((Set<?>) hashed);
    } catch (NullPointerException e) {
      return hashed;
    }
  }

  private static Object readRecord(DataInput in, Class<?> raw) throws IOException {
    RecordShape shape = RecordShape.of(raw);
    Object[] values = new Object[shape.types.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = read(in, shape.types[i]);
    }
    try {
      return shape.construct(values);
    } catch (ReflectiveOperationException e) {
      throw new IOException("cannot make a " + raw.getName() + ": " + e, e);
    }
  }

  private static Object component(RecordShape shape, int i, Object record) throws IOException {
    try {
      return shape.component(i, record);
    } catch (ReflectiveOperationException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  private static void writePrimitive(DataOutput out, Class<?> p, Object v) throws IOException {
    if (p == int.class) {
      out.writeInt((Integer) v);
    } else if (p == long.class) {
      out.writeLong((Long) v);
    } else if (p == boolean.class) {
      out.writeBoolean((Boolean) v);
    } else if (p == double.class) {
      out.writeDouble((Double) v);
    } else {
      throw new Unsupported("cannot store a " + p);
    }
  }

  private static Object readPrimitive(DataInput in, Class<?> p) throws IOException {
    if (p == int.class) {
      return in.readInt();
    } else if (p == long.class) {
      return in.readLong();
    } else if (p == boolean.class) {
      return in.readBoolean();
    } else if (p == double.class) {
      return in.readDouble();
    }
    throw new Unsupported("cannot read a " + p);
  }

  private static Class<?> primitiveOf(Class<?> box) {
    return box == Integer.class ? int.class : box == Long.class ? long.class
        : box == Boolean.class ? boolean.class : double.class;
  }

  /** Texts as UTF-8 with a length (DataOutput's own form stops at 64 KB). */
  private static void writeText(DataOutput out, String s) throws IOException {
    byte[] utf8 = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }

  private static String readText(DataInput in) throws IOException {
    byte[] utf8 = new byte[checkedSize(in.readInt())];
    in.readFully(utf8);
    return new String(utf8, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** A length read from a file: a torn or foreign file must not make us allocate gigabytes. */
  private static int checkedSize(int n) throws IOException {
    if (n < 0 || n > 1 << 28) {
      throw new IOException("corrupt length " + n);
    }
    return n;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object enumValue(Class<?> type, String name) throws IOException {
    try {
      return Enum.valueOf((Class) type, name);
    } catch (IllegalArgumentException e) {
      throw new IOException("no " + type.getName() + "." + name, e);
    }
  }

  private static Class<?> raw(Type type) throws IOException {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    if (type instanceof GenericArrayType) {
      throw new Unsupported("cannot store generic arrays");
    }
    throw new Unsupported("cannot store a value of type " + type);
  }

  private static Type argument(Type type, int index) throws IOException {
    if (type instanceof ParameterizedType p) {
      return p.getActualTypeArguments()[index];
    }
    throw new Unsupported("the element type of " + type + " is not known");
  }
}
