package dev.lectern.memo;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;

/**
 * A record type's components (their declared types and accessors, in order) and its canonical
 * constructor, looked up once per type: reflection copies and parses them on every call, and a
 * large site digests and stores millions of records. Shared by {@link Digester} and
 * {@link ValueCodec}.
 */
final class RecordShape {
  private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
    @Override
    protected RecordShape computeValue(Class<?> type) {
      return new RecordShape(type);
    }
  };

  final Type[] types;
  private final Method[] accessors;
  private final Class<?> type;
  private final Class<?>[] classes;
  private volatile Constructor<?> constructor;

  private RecordShape(Class<?> type) {
    RecordComponent[] components = type.getRecordComponents();
    this.type = type;
    types = new Type[components.length];
    accessors = new Method[components.length];
    classes = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getGenericType();
      classes[i] = components[i].getType();
      accessors[i] = components[i].getAccessor();
      accessors[i].setAccessible(true);
    }
  }

  /** The shape of record type {@code type}. */
  static RecordShape of(Class<?> type) {
    return SHAPES.get(type);
  }

  /** The value of component {@code i} of {@code record}. */
  Object component(int i, Object record) throws ReflectiveOperationException {
    try {
      return accessors[i].invoke(record);
    } catch (InvocationTargetException e) {
      throw new ReflectiveOperationException("cannot read " + accessors[i], e.getCause());
    }
  }

  /** A new record of this type from its components' values (looked up on first use only). */
  Object construct(Object[] values) throws ReflectiveOperationException {
    Constructor<?> c = constructor;
    if (c == null) {
      c = type.getDeclaredConstructor(classes);
      c.setAccessible(true);
      constructor = c;
    }
    return c.newInstance(values);
  }
}
