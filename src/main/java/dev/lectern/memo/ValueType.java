package dev.lectern.memo;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

/**
 * A generic type captured at run time: {@code new ValueType<Optional<SourcePage>>() {}.type()},
 * for a {@link DiskStore} of such values.
 *
 * @param <T> the type captured
 */
public abstract class ValueType<T> {
  private final Type type;

  protected ValueType() {
    this.type = ((ParameterizedType) getClass().getGenericSuperclass())
        .getActualTypeArguments()[0];
  }

  public Type type() {
    return type;
  }
}
